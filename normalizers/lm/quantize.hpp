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

    std::uint16_t encode(float value) const {
        if (max <= min) return 0;
        const float t = (std::clamp(value, min, max) - min) / (max - min);
        return static_cast<std::uint16_t>(std::lround(t * 65535.0f));
    }
    float decode(std::uint16_t code) const { return min + (max - min) * (static_cast<float>(code) / 65535.0f); }
};

}  // namespace vbtrack::lm
