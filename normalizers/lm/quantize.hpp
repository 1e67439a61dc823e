// 16-bit linear quantization of log10 values (as KenLM's lm/quantize, with
// uniform bins): over an order's range of 10-20 log units a step is ~3e-4,
// far below what changes a decoding, and an entry shrinks from 16 to 12 bytes.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace vbtrack::lm {

struct LinearQuantizer {
    float min = 0, max = 0;
    float step = 0;  // (max - min) / 65535: decode multiplies, a division would cost every query ~10 cycles

    LinearQuantizer() = default;
    LinearQuantizer(float lowest, float highest) : min(lowest), max(highest), step((highest - lowest) / 65535.0f) {}

    std::uint16_t encode(float value) const {
        if (max <= min) return 0;
        const float t = (std::clamp(value, min, max) - min) / (max - min);
        return static_cast<std::uint16_t>(std::lround(t * 65535.0f));
    }
    float decode(std::uint16_t code) const { return min + step * static_cast<float>(code); }
};

}  // namespace vbtrack::lm
