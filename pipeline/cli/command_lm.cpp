#include <iomanip>
#include <iostream>

#include "normalizers/lm/builder.hpp"
#include "pipeline/cli/commands.hpp"

namespace vbtrack::cli {
namespace {

struct LmBuildArguments {
    std::vector<std::string> corpus, in_domain, exclude;
    int in_domain_weight = 2;
    std::string out;
    int order = 3;
    std::uint64_t prune = 2;
};

void run_lm_build(const LmBuildArguments& args) {
    lm::BuildOptions options;
    options.order = args.order;
    options.prune_min_count = args.prune;
    options.excluded = args.exclude;
    for (const auto& path : args.corpus) options.sources.push_back({path, 1});
    for (const auto& path : args.in_domain) options.sources.push_back({path, args.in_domain_weight});
    if (options.sources.empty())
        std::cerr << "vbtrack lm build: no --corpus given: training on the Vietnamese text of Debian packages "
                     "(LibreOffice help, manual pages); the model will restore administrative text poorly.\n";
    const lm::BuildReport report = lm::build_language_model(options, args.out);
    std::cerr << "vbtrack lm build: " << report.files.size() << " files, " << report.sentences << " sentences, "
              << report.tokens << " tokens, vocabulary " << report.vocabulary << "\n  n-grams:";
    for (std::size_t n = 0; n < report.ngrams.size(); ++n) std::cerr << ' ' << n + 1 << ":" << report.ngrams[n];
    std::cerr << "\n  wrote " << args.out << " (" << std::fixed << std::setprecision(1)
              << report.file_bytes / 1048576.0 << " MB) in " << report.seconds << " s\n";
}

}  // namespace

void add_lm_command(CLI::App& app, int& /*exit_code*/) {
    auto* command = app.add_subcommand("lm", "the syllable language model used by text repair");
    command->require_subcommand(1);
    auto args = std::make_shared<LmBuildArguments>();
    auto* build = command->add_subcommand(
        "build", "build the model from clean Vietnamese text (.txt, .html, man pages .gz; folders are walked)");
    build->add_option("--corpus", args->corpus, "files or folders of general clean text (e.g. ../shared/corpus/vi-wiki)");
    build->add_option("--in-domain", args->in_domain,
                      "files or folders of administrative/legal text, counted --in-domain-weight times");
    build->add_option("--in-domain-weight", args->in_domain_weight, "how many times in-domain text counts")
        ->check(CLI::Range(1, 20));
    build->add_option("--exclude", args->exclude, "skip files whose path contains this text (held-out text)");
    build->add_option("--out", args->out, "the model file to write")->required();
    build->add_option("--order", args->order, "n-gram order")->check(CLI::Range(2, 4));
    build->add_option("--prune", args->prune, "keep n-grams of order 3+ seen with at least this count")
        ->check(CLI::Range(1, 1000));
    build->callback([args] { run_lm_build(*args); });
}

}  // namespace vbtrack::cli
