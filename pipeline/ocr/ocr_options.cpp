#include "pipeline/ocr/ocr_options.hpp"

#include "pipeline/core/errors.hpp"

namespace vbtrack::ocr {

OcrMode parse_ocr_mode(std::string_view text) {
    if (text == "auto") return OcrMode::automatic;
    if (text == "always") return OcrMode::always;
    if (text == "never") return OcrMode::never;
    throw UsageError("--ocr takes auto, always or never, not '" + std::string(text) + "'");
}

std::string to_string(OcrMode mode) {
    switch (mode) {
        case OcrMode::automatic: return "auto";
        case OcrMode::always: return "always";
        case OcrMode::never: return "never";
    }
    return "auto";
}

}  // namespace vbtrack::ocr
