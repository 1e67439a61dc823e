// A value an extractor found, with what a reviewer needs to check it: the span
// of text it came from, how sure the rule is, and which rule fired.
#pragma once

#include <string>

#include "extractors/text_view.hpp"

namespace vbtrack {

template <class T>
struct Finding {
    T value{};
    TextSpan span;
    double confidence = 1.0;  // 0..1, before the OCR confidence of the span is applied
    std::string rule;
};

}  // namespace vbtrack
