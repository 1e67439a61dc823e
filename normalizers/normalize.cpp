#include "normalizers/normalize.hpp"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <stdexcept>

namespace vbtrack {
namespace {

// First version: Unicode NFC only. The normalization issue adds legacy
// encodings, tone-mark style and clean-up.
class NfcNormalizer final : public TextNormalizer {
public:
    void normalize(Document& document) const override {
        UErrorCode status = U_ZERO_ERROR;
        const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
        if (U_FAILURE(status)) throw std::runtime_error("ICU NFC normalizer unavailable");
        for (auto& paragraph : document.paragraphs) {
            icu::UnicodeString text = icu::UnicodeString::fromUTF8(paragraph.text);
            paragraph.text.clear();
            nfc->normalize(text, status).toUTF8String(paragraph.text);
        }
    }
};

}  // namespace

std::unique_ptr<TextNormalizer> make_text_normalizer() { return std::make_unique<NfcNormalizer>(); }

}  // namespace vbtrack
