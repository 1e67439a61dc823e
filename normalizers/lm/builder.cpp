#include "normalizers/lm/builder.hpp"

#include <chrono>
#include <stdexcept>

#include "normalizers/lm/adjust_counts.hpp"
#include "normalizers/lm/binary_format.hpp"
#include "normalizers/lm/corpus_count.hpp"
#include "normalizers/lm/corpus_reader.hpp"
#include "normalizers/lm/interpolate.hpp"
#include "normalizers/lm/prune.hpp"

namespace vbtrack::lm {

BuildReport build_language_model(const BuildOptions& options, const std::filesystem::path& out) {
    const auto start = std::chrono::steady_clock::now();
    BuildReport report;
    std::vector<CorpusSource> sources = options.sources;
    if (sources.empty()) {
        for (const auto& root : debian_vietnamese_text()) sources.push_back({root, 1});
        if (sources.empty())
            throw std::runtime_error(
                "no corpus given and no Vietnamese text from Debian packages found: pass --corpus DIR, "
                "or install libreoffice-help-vi and manpages-vi");
        report.debian_fallback = true;
    }

    CorpusCounter counter(options.order);
    for (const auto& source : sources) {
        const auto files = corpus_files({source.path}, options.excluded);
        counter.add_files(files, source.weight);
        report.files.insert(report.files.end(), files.begin(), files.end());
        report.provenance += source.path.string() + " (" + std::to_string(files.size()) + " files, weight " +
                             std::to_string(source.weight) + ")\n";
    }
    if (report.debian_fallback) report.provenance = "Debian packages' Vietnamese text only:\n" + report.provenance;

    CorpusCounts counts = counter.finish();
    if (counts.tokens == 0) throw std::runtime_error("the corpus has no text: check the --corpus paths");
    report.tokens = counts.tokens;
    report.sentences = counts.sentences;
    report.vocabulary = counts.vocabulary.size();

    const std::vector<Discount> discounts = adjust_counts(counts);
    ModelNgrams model = interpolate(counts, discounts);
    counts.ngrams.clear();
    prune(model, options.prune_min_count);
    for (const auto& order : model) report.ngrams.push_back(order.size());

    write_binary(out, counts.vocabulary, model, report.provenance);
    report.file_bytes = std::filesystem::file_size(out);
    report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return report;
}

}  // namespace vbtrack::lm
