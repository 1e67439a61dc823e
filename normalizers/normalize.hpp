// The normalize stage: repairs the text of every paragraph in place
// (legacy encodings, Unicode NFC and tone-mark style, then diacritic
// restoration and OCR correction where the source needs it).
#pragma once

#include "pipeline/core/document.hpp"

namespace vbtrack {

class TextNormalizer {
public:
    virtual ~TextNormalizer() = default;
    virtual void normalize(Document& document) const = 0;
};

}  // namespace vbtrack

#include <memory>
namespace vbtrack {
// The normalizer the pipeline runs.
std::unique_ptr<TextNormalizer> make_text_normalizer();
}  // namespace vbtrack
