// Number and symbol ("số và ký hiệu") of a document:
//   state       Số: 01/KH-VPUB      number / type - issuer
//   normative   Số: 30/2020/NĐ-CP   number / year / type - issuer
//   công văn    Số: 45/UBND-VP      number / issuer - unit (no type)
//   Party       Số 158-KH/TU        number - type / issuer
// Spacing is normalized ("01 /KH-VPUB" -> "01/KH-VPUB"); "Số" may come out of
// OCR as "S6", "Sô", "So" or lose its colon.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "extractors/finding.hpp"

namespace vbtrack {

// A number symbol starting at byte `pos` of `text` (after optional spaces).
// Offsets in the span are relative to `text` plus `base`.
std::optional<Finding<std::string>> number_symbol_at(std::string_view text, std::size_t pos, std::size_t base = 0);

// The "Số ..." number line of a header: the word Số (OCR-tolerant) anywhere in
// `line`, then a number symbol.
std::optional<Finding<std::string>> find_number_line(std::string_view line, std::size_t base = 0);

struct SymbolParts {
    std::string number;
    std::string type_code;  // "KH", "QĐ"; empty for a state công văn ("45/UBND-VP")
    std::string code_field; // where the type code goes, whatever it holds ("KH", "UBND", OCR's "TIr")
    bool party_form = false;  // number-TYPE/ISSUER
};
// Splits a normalized number symbol; `party_hint` is used when the form is ambiguous.
SymbolParts split_number_symbol(std::string_view symbol);

}  // namespace vbtrack
