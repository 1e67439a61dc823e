#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>

#include <unicode/unistr.h>

#include "normalizers/diacritics/restorer.hpp"
#include "normalizers/legacy_text.hpp"
#include "normalizers/normalize_text.hpp"
#include "pipeline/cli/commands.hpp"
#include "pipeline/core/errors.hpp"

namespace vbtrack::cli {
namespace {

struct RepairOptions {
    std::string input = "-";
    std::string encoding = "auto";
    bool restore = true;
    std::string origin = "auto";
    bool show_changes = false;
    bool from_scan = false;
};

std::string read_input(const std::string& input) {
    if (input == "-") {
        return std::string(std::istreambuf_iterator<char>(std::cin), {});
    }
    std::ifstream file(input, std::ios::binary);
    if (!file) throw InputError(input + ": cannot open the file; check the path and its permissions");
    std::ostringstream bytes;
    bytes << file.rdbuf();
    return bytes.str();
}

// Byte-order marks say the encoding outright.
std::optional<std::string> from_byte_order_mark(std::string_view bytes) {
    if (bytes.starts_with("\xEF\xBB\xBF")) return std::string(bytes.substr(3));
    const bool little = bytes.starts_with("\xFF\xFE"), big = bytes.starts_with("\xFE\xFF");
    if (!little && !big) return std::nullopt;
    const std::string_view units = bytes.substr(2);
    std::string utf8;
    icu::UnicodeString(units.data(), static_cast<int32_t>(units.size()), little ? "UTF-16LE" : "UTF-16BE").toUTF8String(utf8);
    return utf8;
}

DecodedText decode_input(const std::string& bytes, const RepairOptions& options) {
    if (auto text = from_byte_order_mark(bytes)) return {*text, "utf-8"};
    if (options.encoding == "auto") return decode_legacy_bytes(bytes);
    try {
        return decode_bytes_as(bytes, options.encoding);
    } catch (const std::invalid_argument& e) {
        throw UsageError(std::string("repair --encoding: ") + e.what());
    }
}

// Diacritic restoration and OCR correction, on the normalized text; what it
// changed goes to standard error.
std::string restore_diacritics(const std::string& text, const RepairOptions& options) {
    const auto model_path = diacritics::default_model_path();
    if (!std::filesystem::exists(model_path))
        throw InputError("no language model at " + model_path.string() +
                         ": build one with `vbtrack lm build --in-domain DIR --out FILE` and set VBTRACK_LM=FILE, "
                         "or pass --no-restore");
    const auto restorer = diacritics::DiacriticRestorer::open(model_path);
    const auto kind = options.origin == "typed" ? diacritics::TextOrigin::typed
                      : options.origin == "ocr" ? diacritics::TextOrigin::ocr
                                                : diacritics::TextOrigin::automatic;
    diacritics::RestoreResult result = restorer.restore(text, {.origin = kind, .from_scan = options.from_scan});
    std::cerr << "vbtrack repair: restored " << result.changed_syllables << " syllables ("
              << (result.origin == diacritics::TextOrigin::ocr ? "OCR text" : "typed text") << "), "
              << result.unresolved_syllables << " unresolved\n";
    if (options.show_changes)
        for (const auto& change : result.changes)
            std::cerr << "  line " << 1 + std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(change.begin), '\n')
                      << ": " << change.before << " → " << change.after << "\n";
    return std::move(result.text);
}

void run_repair(const RepairOptions& options) {
    const std::string bytes = read_input(options.input);
    const DecodedText decoded = decode_input(bytes, options);
    if (decoded.encoding != "utf-8") {
        std::cerr << "vbtrack repair: " << (options.input == "-" ? "stdin" : options.input) << " decoded from " << decoded.encoding
                  << "\n";
    }
    std::string text = normalize_text(decoded.utf8);
    if (options.restore) text = restore_diacritics(text, options);
    std::cout << text;
    std::cout.flush();
    if (!std::cout) throw InputError("cannot write the repaired text to standard output");
}

}  // namespace

void add_repair_command(CLI::App& app, int& /*exit_code*/) {
    auto options = std::make_shared<RepairOptions>();
    auto* command = app.add_subcommand("repair", "Vietnamese text repair as a filter: stdin → stdout");
    command->add_option("file", options->input, "the text to repair; - or nothing reads standard input");
    command->add_option("--encoding", options->encoding,
                        "the input's encoding: auto (detect; the default), " + std::string(kEncodingNames));
    command->add_flag("--restore,!--no-restore", options->restore,
                      "restore lost diacritics and correct OCR misreadings with the language model (default: on)");
    command->add_option("--origin", options->origin, "where the text came from: auto (detect), typed, ocr")
        ->check(CLI::IsMember({"auto", "typed", "ocr"}));
    command->add_flag("--from-scan", options->from_scan,
                      "the text was read from a scan by Vietnamese OCR (as `vbtrack text --raw` prints it): a known "
                      "word's tone mark may be misread, as the pipeline assumes for the pages it OCRs");
    command->add_flag("--changes", options->show_changes, "list every syllable restoration changed on standard error");
    command->footer(
        "The text is decoded from legacy Vietnamese encodings when it is in one (TCVN3/ABC, VNI, VIQR, Windows-1258), "
        "put into Unicode NFC with one tone-mark style (hòa, thủy), and written to standard output as UTF-8. "
        "Document numbers, dates and codes pass through unchanged.");
    command->callback([options] { run_repair(*options); });
}

}  // namespace vbtrack::cli
