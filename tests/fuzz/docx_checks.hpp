// What a document read from any .docx must satisfy: at least one page,
// numbered 1..n, and every paragraph non-blank and on one of those pages.
#pragma once

#include "pipeline/core/document.hpp"
#include "tests/fuzz/fuzz_checks.hpp"

namespace vbtrack::fuzz {

inline void check_document(const Document& document) {
    check(!document.pages.empty());
    for (std::size_t i = 0; i < document.pages.size(); ++i) check(document.pages[i].number == static_cast<int>(i) + 1);
    const int pages = static_cast<int>(document.pages.size());
    for (const auto& paragraph : document.paragraphs) {
        check(paragraph.page >= 1 && paragraph.page <= pages);
        check(paragraph.text.find_first_not_of(" \t") != std::string::npos);
    }
}

}  // namespace vbtrack::fuzz
