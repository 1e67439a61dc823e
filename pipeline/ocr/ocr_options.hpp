// What the user chooses about OCR (`--ocr`, `--jobs`) and the limits one file may use.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>

namespace vbtrack::ocr {

// auto: OCR the pages without a usable text layer; always: every page; never: none.
enum class OcrMode { automatic, always, never };

OcrMode parse_ocr_mode(std::string_view text);  // "auto" | "always" | "never"; throws UsageError
std::string to_string(OcrMode);

// What one file may take before it is stopped and recorded as failed.
struct ResourceLimits {
    std::chrono::seconds time{120};
    std::uint64_t memory_bytes = 3ULL << 30;  // address space of the contained child
};

struct OcrOptions {
    OcrMode mode = OcrMode::automatic;
    int jobs = 0;                // OCR threads; 0 = one per core
    std::string language = "vie";
    ResourceLimits limits;
};

}  // namespace vbtrack::ocr
