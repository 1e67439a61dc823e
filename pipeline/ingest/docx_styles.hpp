// Character properties that a .docx run inherits from its styles: a legacy
// font such as ".VnTime" is often set once in a style, not on each run.
#pragma once

#include <map>
#include <optional>
#include <string>

#include <pugixml.hpp>

namespace vbtrack {

struct RunProperties {
    std::optional<std::string> font;
    std::optional<bool> bold;
    std::optional<bool> italic;
    std::optional<bool> hidden;

    // Fills what this one leaves unset from `base`.
    RunProperties inherit(const RunProperties& base) const;
};

// Reads w:rPr (w:rFonts, w:b, w:i, w:vanish).
RunProperties read_run_properties(pugi::xml_node rpr);

class DocxStyles {
public:
    DocxStyles() = default;
    explicit DocxStyles(const pugi::xml_document& styles_xml);

    // The properties of a style after following its basedOn chain (without the document defaults,
    // which come last, after the run's and the paragraph's styles).
    RunProperties resolve(const std::string& style_id) const;
    const RunProperties& defaults() const { return defaults_; }

private:
    struct Style {
        RunProperties properties;
        std::string based_on;
    };
    std::map<std::string, Style> styles_;
    RunProperties defaults_;
};

}  // namespace vbtrack
