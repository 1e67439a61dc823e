// Linear quantization of log10 values (as KenLM's lm/quantize, with uniform
// bins): over an order's range of 10-20 log units a 16-bit step is ~3e-4, far
// below what changes a decoding, and an n-gram entry takes 8 bytes with its key check.
// Backoffs get 15 bits (their range is a few units, a step ~1e-4): the 16th
// is the n-gram's "extends" flag (binary_format.hpp).
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace vbtrack::lm {

struct LinearQuantizer {
    float min = 0, max = 0;
    float step = 0;            // (max - min) / top: decode multiplies, a division would cost every query ~10 cycles
    std::uint16_t top = 65535;  // the highest code: 2^bits - 1

    LinearQuantizer() = default;
    LinearQuantizer(float lowest, float highest, int bits = 16)
        : min(lowest), max(highest), top(static_cast<std::uint16_t>((1u << bits) - 1)) {
        step = (highest - lowest) / static_cast<float>(top);
    }

    std::uint16_t encode(float value) const {
        if (max <= min) return 0;
        const float t = (std::clamp(value, min, max) - min) / (max - min);
        return static_cast<std::uint16_t>(std::lround(t * static_cast<float>(top)));
    }
    float decode(std::uint16_t code) const { return min + step * static_cast<float>(code); }
};

}  // namespace vbtrack::lm
