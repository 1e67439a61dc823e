#include "pipeline/batch/document_pipeline.hpp"

#include <algorithm>
#include <iostream>

#include "normalizers/diacritics/restorer.hpp"
#include "pipeline/core/errors.hpp"
#include "pipeline/core/format.hpp"
#include "pipeline/core/sha256.hpp"
#include "pipeline/core/version.hpp"
#include "pipeline/ocr/engine.hpp"
#include "pipeline/ocr/register_readers.hpp"

namespace vbtrack {
namespace {

ReaderRegistry all_readers() {
    ReaderRegistry readers = ReaderRegistry::with_builtin_readers();
    register_ocr_readers(readers);
    return readers;
}

// A document longer than this is a bound volume or a broken file: either way it
// needs a person to split it, and reading it whole would hold the batch for hours.
constexpr std::size_t kMaxPages = 2000;
// OCR takes time by the page, so the limit of the reading that OCRs grows with the
// pages to OCR: a 300-page scan is not a hung file. A page takes 1–10 s on one core.
constexpr std::chrono::seconds kOcrTimePerPage{60};

std::size_t pages_to_ocr(const Document& document, ocr::OcrMode mode) {
    if (mode == ocr::OcrMode::always) return document.pages.size();
    return static_cast<std::size_t>(
        std::count_if(document.pages.begin(), document.pages.end(), [](const Page& p) { return p.needs_ocr; }));
}

// Only PDF pages and images have pictures to OCR.
bool needs_ocr(const Document& document, ocr::OcrMode mode) {
    const Format format = document.source.format;
    if (mode == ocr::OcrMode::never || (format != Format::pdf && format != Format::image)) return false;
    if (mode == ocr::OcrMode::always) return !document.pages.empty();
    return std::any_of(document.pages.begin(), document.pages.end(), [](const Page& p) { return p.needs_ocr; });
}

}  // namespace

DocumentPipeline::DocumentPipeline(ocr::OcrOptions ocr_options)
    : readers_(all_readers()),
      ocr_(ocr_options),
      contained_(readers_, ocr_),
      extractor_(make_field_extractor()),
      config_hash_(sha256_hex(std::string("pipeline ") + kPipelineVersion + " ocr " + ocr::to_string(ocr_options.mode) +
                              " " + ocr_options.language)
                       .substr(0, 16)) {
    normalizers_.push_back(make_text_normalizer());
    const auto model = diacritics::default_model_path();
    auto restoration = diacritics::make_restoration_stage(model);
    if (!restoration) {
        std::cerr << "vbtrack: no language model at " << model
                  << ": text is normalized but marks are not restored; build it with `vbtrack lm build` "
                     "and point VBTRACK_LM at it\n";
        return;
    }
    restoration_ = restoration.get();
    normalizers_.push_back(std::move(restoration));
}

void DocumentPipeline::learn_vocabulary(const Record& record) const {
    if (!restoration_ || !is_word_format(record.source.format) || record.status == Status::failed ||
        record.text_source != TextSource::text_layer || record.quality.repaired_syllables > 0)
        return;
    try {
        restoration_->learn(record.text);
    } catch (const std::exception&) {
        // The model cannot be opened: every document that needs restoring will fail
        // with the reason in its record; a Word file that could only teach loses nothing.
    }
}

void DocumentPipeline::use_learned_vocabulary() {
    if (restoration_) restoration_->use_learned_vocabulary();
}

bool is_word_format(Format format) { return std::ranges::find(kWordFormats, format) != kWordFormats.end(); }

SourceInfo describe_file(const std::filesystem::path& path) { return describe_file(path, detect_format(path)); }

SourceInfo describe_file(const std::filesystem::path& path, Format format) {
    SourceInfo source;
    source.path = path.string();
    source.size = std::filesystem::file_size(path);
    source.sha256 = sha256_file(path);
    source.format = format;
    return source;
}

Document DocumentPipeline::read(const std::filesystem::path& path, const SourceInfo& source) const {
    // An empty file is a copy that went wrong, not a document without text: say so.
    if (source.size == 0) throw InputError("the file is empty (0 bytes); copy it again from where it came from");
    const Reader* reader = readers_.find(source.format);
    if (!reader)
        throw InputError("the file is not a document vbtrack reads (docx, doc, pdf, tiff/png/jpeg scans, text)");
    Document document = contained_.read(path, source, false, ocr_.options().limits);
    if (document.pages.size() > kMaxPages)
        throw InputError("the file has " + std::to_string(document.pages.size()) + " pages, more than the " +
                         std::to_string(kMaxPages) + " vbtrack reads as one document; split it into its documents");
    if (!needs_ocr(document, ocr_.options().mode)) return document;
    // The second read costs little next to the OCR it leads to.
    ocr::ResourceLimits limits = ocr_.options().limits;
    limits.time += kOcrTimePerPage * static_cast<long>(pages_to_ocr(document, ocr_.options().mode));
    return contained_.read(path, source, true, limits);
}

Document DocumentPipeline::read_and_repair(const std::filesystem::path& path, const SourceInfo& source) const {
    Document document = read(path, source);
    for (const auto& normalizer : normalizers_) normalizer->normalize(document);
    return document;
}

Record DocumentPipeline::process(const std::filesystem::path& path, const SourceInfo& source) const {
    Record record;
    try {
        Document document = read_and_repair(path, source);
        record.id = source.sha256;
        record.source = source;
        record.pages = static_cast<int>(document.pages.size());
        record.text_source = document.text_source();
        record.text = document.text();
        record.quality = document.quality;
        record.pipeline_version = kPipelineVersion;
        record.config_hash = config_hash_;
        if (record.text.empty())
            return failed_record(source, "no text found in the file; if it is a scan, check that it has pages");
        extractor_->extract(document, record);
    } catch (const InputError& e) {
        record = failed_record(source, e.what());
    } catch (const lm::ModelFileError& e) {
        throw SetupError(e.what());
    } catch (const ocr::OcrSetupError& e) {
        throw SetupError(e.what());
    } catch (const std::exception& e) {
        record = failed_record(source, std::string("internal error while reading the file: ") + e.what() +
                                           "; please report it with the file");
    }
    record.config_hash = config_hash_;
    return record;
}

}  // namespace vbtrack
