#include "pipeline/ingest/docx_styles.hpp"

#include <set>

namespace vbtrack {
namespace {

// w:b, w:i and w:vanish are on unless w:val says 0/false/off.
std::optional<bool> toggle(pugi::xml_node node) {
    if (!node) return std::nullopt;
    std::string value = node.attribute("w:val").as_string("true");
    return !(value == "0" || value == "false" || value == "off");
}

}  // namespace

RunProperties RunProperties::inherit(const RunProperties& base) const {
    return {font ? font : base.font, bold ? bold : base.bold, italic ? italic : base.italic,
            hidden ? hidden : base.hidden};
}

RunProperties read_run_properties(pugi::xml_node rpr) {
    RunProperties p;
    if (!rpr) return p;
    if (auto fonts = rpr.child("w:rFonts")) {
        // ascii covers the Latin range, where legacy Vietnamese fonts put their letters.
        for (const char* attribute : {"w:ascii", "w:hAnsi", "w:cs"})
            if (auto a = fonts.attribute(attribute); a && *a.value()) {
                p.font = a.value();
                break;
            }
    }
    p.bold = toggle(rpr.child("w:b"));
    p.italic = toggle(rpr.child("w:i"));
    p.hidden = toggle(rpr.child("w:vanish"));
    return p;
}

DocxStyles::DocxStyles(const pugi::xml_document& xml) {
    auto root = xml.child("w:styles");
    defaults_ = read_run_properties(root.child("w:docDefaults").child("w:rPrDefault").child("w:rPr"));
    for (auto style : root.children("w:style")) {
        Style s;
        s.properties = read_run_properties(style.child("w:rPr"));
        s.based_on = style.child("w:basedOn").attribute("w:val").as_string();
        styles_[style.attribute("w:styleId").as_string()] = s;
    }
}

RunProperties DocxStyles::resolve(const std::string& style_id) const {
    RunProperties result;
    std::set<std::string> seen;  // basedOn chains can loop in damaged files
    for (std::string id = style_id; !id.empty() && seen.insert(id).second;) {
        auto it = styles_.find(id);
        if (it == styles_.end()) break;
        result = result.inherit(it->second.properties);
        id = it->second.based_on;
    }
    return result;
}

}  // namespace vbtrack
