#include "pipeline/ocr/ocr_stage.hpp"

#include <algorithm>
#include <atomic>
#include <mutex>
#include <optional>
#include <thread>

#include "pipeline/core/errors.hpp"
#include "pipeline/ocr/cleanup.hpp"
#include "pipeline/ocr/layout.hpp"
#include "pipeline/ocr/page_image.hpp"

namespace vbtrack::ocr {
namespace {

int default_jobs(int jobs) {
    if (jobs > 0) return jobs;
    return std::max(1u, std::thread::hardware_concurrency());
}

bool has_page_images(const Document& doc) {
    return doc.source.format == Format::pdf || doc.source.format == Format::image;
}

// One page to read, and what came of it.
struct PageJob {
    Document* document;
    std::size_t page_index;
    std::vector<Paragraph> paragraphs;
    std::string notes;
    std::string error;
};

bool selected(const Page& page, OcrMode mode) {
    switch (mode) {
        case OcrMode::always: return true;
        case OcrMode::never: return false;
        case OcrMode::automatic: return page.needs_ocr;
    }
    return false;
}

void read_page(OcrEngine& engine, PageJob& job) {
    const Document& doc = *job.document;
    const int number = doc.pages[job.page_index].number;
    CleanPage clean = clean_page(load_page_image(doc.source.path, doc.source.format, number));
    job.notes = clean.notes;
    job.paragraphs = lay_out(engine.recognize(clean.pix.get(), clean.dpi), pixGetWidth(clean.pix.get()), number);
}

// Errors from the image libraries do not know the file; the record must name it.
std::string named(const std::string& message, const PageJob& job) {
    const std::string& path = job.document->source.path;
    if (message.find(path) != std::string::npos) return message;
    return path + ": page " + std::to_string(job.document->pages[job.page_index].number) + ": " + message;
}

double mean_word_confidence(const std::vector<Paragraph>& paragraphs, std::size_t& words) {
    double sum = 0;
    words = 0;
    for (const auto& p : paragraphs)
        for (const auto& w : p.words) sum += w.confidence, ++words;
    return words ? sum / static_cast<double>(words) : 0;
}

void append_decision(Page& page, const std::string& text) {
    if (!page.ocr_decision.empty()) page.ocr_decision += "; ";
    page.ocr_decision += text;
}

// Writes one document's results back: OCR paragraphs replace the text layer of
// their page, and pages stay in order. Returns why the document cannot be read
// when every page it needed OCR for failed.
std::optional<std::string> merge(Document& doc, std::vector<PageJob*>& jobs) {
    std::vector<bool> replaced(doc.pages.size(), false);
    std::vector<Paragraph> ocr_paragraphs;
    double confidence_sum = 0;
    std::size_t total_words = 0, failures = 0;
    std::string first_error;
    for (PageJob* job : jobs) {
        Page& page = doc.pages[job->page_index];
        if (!job->error.empty()) {
            ++failures;
            if (first_error.empty()) first_error = job->error;
            append_decision(page, "OCR failed: " + job->error);
            continue;
        }
        std::size_t words = 0;
        page.ocr_confidence = mean_word_confidence(job->paragraphs, words);
        confidence_sum += page.ocr_confidence * static_cast<double>(words);
        total_words += words;
        page.source = TextSource::ocr;
        append_decision(page, "OCR" + (job->notes.empty() ? "" : " (" + job->notes + ")") + ", " +
                                  std::to_string(words) + " words, mean confidence " +
                                  std::to_string(static_cast<int>(page.ocr_confidence)));
        replaced[job->page_index] = true;
        for (auto& p : job->paragraphs) ocr_paragraphs.push_back(std::move(p));
    }
    if (!jobs.empty() && failures == jobs.size()) return first_error;

    std::vector<Paragraph> merged;
    const auto page_index = [&](int number) {
        for (std::size_t i = 0; i < doc.pages.size(); ++i)
            if (doc.pages[i].number == number) return i;
        return doc.pages.size();
    };
    for (auto& p : doc.paragraphs) {
        const std::size_t i = page_index(p.page);
        if (i == doc.pages.size() || !replaced[i]) merged.push_back(std::move(p));
    }
    for (auto& p : ocr_paragraphs) merged.push_back(std::move(p));
    std::stable_sort(merged.begin(), merged.end(), [](const Paragraph& a, const Paragraph& b) { return a.page < b.page; });
    doc.paragraphs = std::move(merged);
    if (total_words) doc.quality.ocr_confidence = confidence_sum / static_cast<double>(total_words);
    return std::nullopt;
}

}  // namespace

OcrStage::OcrStage(OcrOptions options)
    : options_(std::move(options)), engines_(options_.language, default_jobs(options_.jobs)) {
    options_.jobs = engines_.size();
}

void OcrStage::recognize(Document& document) {
    if (auto failure = recognize(std::vector<Document*>{&document}).front()) throw InputError(*failure);
}

std::vector<std::optional<std::string>> OcrStage::recognize(const std::vector<Document*>& documents) {
    std::vector<PageJob> jobs;
    for (Document* doc : documents) {
        for (std::size_t i = 0; i < doc->pages.size(); ++i) {
            Page& page = doc->pages[i];
            if (!selected(page, options_.mode)) {
                if (page.needs_ocr) append_decision(page, "not OCR'd: --ocr never");
                continue;
            }
            if (!has_page_images(*doc)) continue;  // a .docx/.doc/.txt page has no image to read
            jobs.push_back({doc, i, {}, {}, {}});
        }
    }

    std::atomic<std::size_t> next{0};
    std::exception_ptr setup_failure;
    std::mutex failure_mutex;
    const auto work = [&] {
        try {
            auto engine = engines_.acquire();
            for (std::size_t i; (i = next++) < jobs.size();) {
                try {
                    read_page(*engine, jobs[i]);
                } catch (const InputError& e) {
                    jobs[i].error = named(e.what(), jobs[i]);
                }
            }
        } catch (...) {  // OcrSetupError (no language data) and allocation failures stop the run
            std::lock_guard lock(failure_mutex);
            if (!setup_failure) setup_failure = std::current_exception();
            next = jobs.size();
        }
    };
    const int threads = static_cast<int>(std::min<std::size_t>(jobs.size(), static_cast<std::size_t>(options_.jobs)));
    if (threads <= 1) {
        work();
    } else {
        std::vector<std::jthread> pool;
        for (int t = 0; t < threads; ++t) pool.emplace_back(work);
    }
    if (setup_failure) std::rethrow_exception(setup_failure);

    std::vector<std::optional<std::string>> failures;
    for (Document* doc : documents) {
        std::vector<PageJob*> mine;
        for (auto& job : jobs)
            if (job.document == doc) mine.push_back(&job);
        failures.push_back(merge(*doc, mine));
    }
    return failures;
}

}  // namespace vbtrack::ocr
