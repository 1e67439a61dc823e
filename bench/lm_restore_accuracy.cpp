// Measures diacritic restoration: every syllable of clean text has its marks
// stripped (case kept), the restorer puts them back, and the result is
// compared syllable by syllable with the original. Also reports the model's
// load time (wall clock) and the decoding speed on one core (thread CPU time).
//
//   lm_restore_accuracy MODEL [--max-lines N] [--beam N] [--prune LOG10] [--repeat N] [--in-domain CLEAN_FILE]... FILE...
// --in-domain: clean text of the same batch, counted into the in-domain cache.
// --repeat: the stripped text restored N more times, the median speed reported.
#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <string>
#include <vector>

#include "normalizers/base_form.hpp"
#include "normalizers/diacritics/letter_case.hpp"
#include "normalizers/diacritics/restorer.hpp"
#include "normalizers/lm/corpus_reader.hpp"
#include "normalizers/tokenizer.hpp"

namespace {

using namespace vbtrack;
using Clock = std::chrono::steady_clock;

// CPU seconds of this thread: the speed on one core, whatever else the machine runs.
double cpu_seconds() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) + t.tv_nsec * 1e-9;
}

std::string strip_marks(std::string_view line) {
    std::string out;
    std::size_t copied = 0;
    for (const Token& token : tokenize(line)) {
        if (token.kind != TokenKind::syllable) continue;
        out.append(line.substr(copied, token.begin - copied));
        out += diacritics::apply_case(base_form(token.text), diacritics::letter_case(token.text));
        copied = token.end;
    }
    out.append(line.substr(copied));
    return out;
}

std::vector<std::string_view> syllables(std::string_view line) {
    std::vector<std::string_view> out;
    for (const Token& token : tokenize(line))
        if (token.kind == TokenKind::syllable) out.push_back(token.text);
    return out;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 3) {
        std::cerr << "usage: lm_restore_accuracy MODEL [--max-lines N] [--beam N] [--prune LOG10] [--repeat N] [--in-domain CLEAN_FILE]... FILE...\n";
        return 2;
    }
    const auto load_start = Clock::now();
    const auto restorer = diacritics::DiacriticRestorer::open(argv[1]);
    const double load_ms = std::chrono::duration<double, std::milli>(Clock::now() - load_start).count();

    std::size_t max_lines = SIZE_MAX, beam = diacritics::RestoreOptions{}.beam, repeats = 0;
    float prune = diacritics::RestoreOptions{}.prune_log10;
    std::vector<std::string> lines;
    diacritics::InDomainCache batch(restorer.model());
    for (int i = 2; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--max-lines" && i + 1 < argc) {
            max_lines = std::stoul(argv[++i]);
            continue;
        }
        if (arg == "--in-domain" && i + 1 < argc) {
            lm::for_each_line(argv[++i], [&](std::string_view line) { batch.add_clean_text(line); });
            continue;
        }
        if (arg == "--beam" && i + 1 < argc) {
            beam = std::stoul(argv[++i]);
            continue;
        }
        if (arg == "--repeat" && i + 1 < argc) {
            repeats = std::stoul(argv[++i]);
            continue;
        }
        if (arg == "--prune" && i + 1 < argc) {
            prune = std::stof(argv[++i]);
            continue;
        }
        std::size_t taken = 0;
        lm::for_each_line(arg, [&](std::string_view line) {
            if (taken++ < max_lines) lines.emplace_back(line);
        });
    }
    std::string gold, stripped;
    for (const auto& line : lines) {
        gold += line + '\n';
        stripped += strip_marks(line) + '\n';
    }

    const diacritics::RestoreOptions options{.origin = diacritics::TextOrigin::typed, .beam = beam, .prune_log10 = prune, .in_domain = &batch};
    const double start = cpu_seconds();
    const diacritics::RestoreResult result = restorer.restore(stripped, options);
    const double seconds = cpu_seconds() - start;
    // The first restore of a process finds the model's hot n-grams in no
    // cache, as a single `vbtrack repair` does; a batch's later documents
    // find some there. Repeats show that second case, and their median is
    // steadier than one timing on a shared machine.
    std::vector<double> repeat_seconds;
    for (std::size_t r = 0; r < repeats; ++r) {
        const double repeat_start = cpu_seconds();
        static_cast<void>(restorer.restore(stripped, options));
        repeat_seconds.push_back(cpu_seconds() - repeat_start);
    }

    const auto expected = syllables(gold), restored = syllables(result.text);
    if (expected.size() != restored.size()) {
        std::cerr << "syllable counts differ: " << expected.size() << " vs " << restored.size() << "\n";
        return 1;
    }
    std::size_t correct = 0;
    for (std::size_t i = 0; i < expected.size(); ++i) correct += expected[i] == restored[i];
    // The common case in a batch: text that already has its marks.
    const double marked_start = cpu_seconds();
    const diacritics::RestoreResult unchanged = restorer.restore(gold, options);
    const double marked_seconds = cpu_seconds() - marked_start;

    std::cout << std::fixed << std::setprecision(2) << "syllables " << expected.size() << "  accuracy "
              << 100.0 * correct / expected.size() << "%  load " << load_ms << " ms ("
              << (restorer.model().loading() == lm::MappedFile::Loading::mapped ? "mapped" : "copied") << ")  speed " << std::setprecision(0)
              << expected.size() / seconds << " syllables/s stripped, " << expected.size() / marked_seconds
              << " syllables/s marked (changed " << unchanged.changed_syllables << ")";
    if (!repeat_seconds.empty()) {
        std::nth_element(repeat_seconds.begin(), repeat_seconds.begin() + static_cast<std::ptrdiff_t>(repeats / 2), repeat_seconds.end());
        std::cout << "  repeated " << expected.size() / repeat_seconds[repeats / 2] << " syllables/s stripped (median of " << repeats << ")";
    }
    std::cout << "\n";
    if (std::getenv("LM_SHOW_ERRORS"))
        for (std::size_t i = 0; i < expected.size(); ++i)
            if (expected[i] != restored[i]) std::cout << expected[i] << " → " << restored[i] << "\n";
    return 0;
}
