#include "pipeline/ingest/docx_reader.hpp"

#include <algorithm>
#include <regex>
#include <vector>

#include <pugixml.hpp>

#include "pipeline/core/errors.hpp"
#include "pipeline/ingest/docx_styles.hpp"
#include "pipeline/ingest/zip_archive.hpp"

namespace vbtrack {
namespace {

bool is_blank(const std::string& s) {
    return std::all_of(s.begin(), s.end(), [](unsigned char c) { return c == ' ' || c == '\t'; });
}

Align read_alignment(pugi::xml_node ppr) {
    std::string jc = ppr.child("w:jc").attribute("w:val").as_string();
    if (jc == "center") return Align::center;
    if (jc == "right" || jc == "end") return Align::right;
    if (jc == "both" || jc == "distribute") return Align::justify;
    return Align::left;
}

pugi::xml_document parse_part(const std::string& xml, const std::string& name) {
    pugi::xml_document doc;
    // No DOCTYPE processing: pugixml never expands user-defined entities, so an
    // entity-expansion bomb stays a few bytes.
    auto result = doc.load_buffer(xml.data(), xml.size(), pugi::parse_default | pugi::parse_ws_pcdata_single);
    if (!result)
        throw InputError("the .docx part " + name + " is not well-formed XML (" + result.description() +
                         "); open the file in Word/LibreOffice and save it again");
    return doc;
}

// Walks WordprocessingML in document order and appends paragraphs to a Document.
class DocxWalker {
public:
    DocxWalker(const DocxStyles& styles, Document& document, bool rendered_breaks)
        : styles_(styles), document_(document), rendered_breaks_(rendered_breaks) {}

    void blocks(pugi::xml_node container, std::optional<CellPosition> cell) {
        for (auto node : container.children()) {
            std::string name = node.name();
            if (name == "w:p") paragraph(node, cell);
            else if (name == "w:tbl") table(node);
            else if (name == "w:sdt") blocks(node.child("w:sdtContent"), cell);
            else if (name == "w:customXml" || name == "w:ins") blocks(node, cell);
        }
    }

    int page() const { return page_; }

private:
    struct OpenParagraph {
        Paragraph paragraph;
        RunProperties style;
    };

    void table(pugi::xml_node tbl) {
        int index = tables_++;
        int row = 0;
        for (auto tr : tbl.children("w:tr")) {
            int column = 0;
            for (auto tc : tr.children("w:tc")) {
                blocks(tc, CellPosition{index, row, column});
                column += std::max(1, tc.child("w:tcPr").child("w:gridSpan").attribute("w:val").as_int(1));
            }
            ++row;
        }
    }

    void paragraph(pugi::xml_node p, std::optional<CellPosition> cell) {
        auto ppr = p.child("w:pPr");
        if (!rendered_breaks_ && ppr.child("w:pageBreakBefore")) ++page_;
        OpenParagraph open;
        open.paragraph.align = read_alignment(ppr);
        open.paragraph.cell = cell;
        open.paragraph.page = page_;
        std::string style_id = ppr.child("w:pStyle").attribute("w:val").as_string();
        open.style = styles_.resolve(style_id);
        std::vector<pugi::xml_node> text_boxes;
        inline_content(p, open, text_boxes);
        finish(open);
        for (auto box : text_boxes) blocks(box, cell);
    }

    // Runs and the elements that wrap runs (hyperlinks, insertions, fields, smart tags).
    void inline_content(pugi::xml_node parent, OpenParagraph& open, std::vector<pugi::xml_node>& text_boxes) {
        for (auto node : parent.children()) {
            std::string name = node.name();
            if (name == "w:r") run(node, open, text_boxes);
            else if (name == "w:hyperlink" || name == "w:ins" || name == "w:smartTag" || name == "w:fldSimple" ||
                     name == "w:customXml" || name == "w:bdo" || name == "w:dir")
                inline_content(node, open, text_boxes);
            else if (name == "w:sdt") inline_content(node.child("w:sdtContent"), open, text_boxes);
            // w:del (deleted text), w:pPr and bookmarks carry no visible text.
        }
    }

    void run(pugi::xml_node r, OpenParagraph& open, std::vector<pugi::xml_node>& text_boxes) {
        auto rpr = r.child("w:rPr");
        RunProperties props = read_run_properties(rpr)
                                  .inherit(styles_.resolve(rpr.child("w:rStyle").attribute("w:val").as_string()))
                                  .inherit(open.style)
                                  .inherit(styles_.defaults());
        if (props.hidden.value_or(false)) return;
        for (auto node : r.children()) {
            std::string name = node.name();
            if (name == "w:t") append(open, props, node.text().get());
            else if (name == "w:tab" || name == "w:ptab") append(open, props, "\t");
            else if (name == "w:noBreakHyphen") append(open, props, "-");
            else if (name == "w:br" || name == "w:cr") {
                if (std::string(node.attribute("w:type").as_string()) == "page") {
                    if (!rendered_breaks_) new_page(open);
                } else {
                    line_break(open);
                }
            } else if (name == "w:lastRenderedPageBreak") {
                if (rendered_breaks_) new_page(open);
            } else if (name == "w:drawing" || name == "w:pict" || name == "mc:AlternateContent") {
                collect_text_boxes(node, text_boxes);
            }
        }
    }

    // A text box appears twice in mc:AlternateContent (Choice and Fallback): take one.
    static void collect_text_boxes(pugi::xml_node node, std::vector<pugi::xml_node>& out) {
        if (std::string(node.name()) == "mc:AlternateContent") {
            auto choice = node.child("mc:Choice");
            collect_text_boxes(choice ? choice : node.child("mc:Fallback"), out);
            return;
        }
        for (auto child : node.children()) {
            if (std::string(child.name()) == "w:txbxContent") out.push_back(child);
            else collect_text_boxes(child, out);
        }
    }

    static void append(OpenParagraph& open, const RunProperties& props, const std::string& text) {
        auto& runs = open.paragraph.runs;
        bool bold = props.bold.value_or(false), italic = props.italic.value_or(false);
        std::string font = props.font.value_or("");
        if (!runs.empty() && runs.back().font == font && runs.back().bold == bold && runs.back().italic == italic)
            runs.back().text += text;
        else
            runs.push_back(TextRun{text, font, bold, italic});
    }

    void line_break(OpenParagraph& open) {
        RunProperties style = open.style;
        Paragraph next;
        next.align = open.paragraph.align;
        next.cell = open.paragraph.cell;
        finish(open);
        open = OpenParagraph{next, style};
        open.paragraph.page = page_;
    }

    void new_page(OpenParagraph& open) {
        ++page_;
        line_break(open);
    }

    void finish(OpenParagraph& open) {
        Paragraph& p = open.paragraph;
        for (const auto& r : p.runs) p.raw_text += r.text;
        std::replace(p.raw_text.begin(), p.raw_text.end(), '\t', ' ');
        if (is_blank(p.raw_text)) return;
        p.bold = p.italic = true;
        for (const auto& r : p.runs) {
            if (is_blank(r.text)) continue;
            p.bold = p.bold && r.bold;
            p.italic = p.italic && r.italic;
        }
        p.text = p.raw_text;
        p.source = TextSource::text_layer;
        document_.paragraphs.push_back(std::move(p));
    }

    const DocxStyles& styles_;
    Document& document_;
    bool rendered_breaks_;
    int page_ = 1;
    int tables_ = 0;
};

std::vector<std::string> parts_matching(const ZipArchive& zip, const std::regex& pattern) {
    std::vector<std::string> names;
    for (std::uint64_t i = 0; i < zip.entry_count(); ++i)
        if (auto name = zip.entry_name(i); std::regex_match(name, pattern)) names.push_back(name);
    std::sort(names.begin(), names.end());
    return names;
}

}  // namespace

Document DocxReader::read(const std::filesystem::path& path, const SourceInfo& source) const {
    ZipArchive zip(path);
    auto body_xml = zip.read("word/document.xml");
    if (!body_xml)
        throw InputError("the zip package has no word/document.xml, so it is not a Word document; "
                         "check that the file really is a .docx");

    DocxStyles styles;
    if (auto styles_xml = zip.read("word/styles.xml")) styles = DocxStyles(parse_part(*styles_xml, "word/styles.xml"));

    Document document;
    document.source = source;
    auto body = parse_part(*body_xml, "word/document.xml");
    // Word records where it last broke pages; when present, that is the truest page count.
    bool rendered_breaks = static_cast<bool>(body.select_node("//w:lastRenderedPageBreak"));

    auto walk_part = [&](const std::string& name) {
        auto xml = zip.read(name);
        if (!xml) return;
        auto part = parse_part(*xml, name);
        DocxWalker walker(styles, document, false);
        walker.blocks(part.first_child(), std::nullopt);
    };
    for (const auto& name : parts_matching(zip, std::regex(R"(word/header\d*\.xml)"))) walk_part(name);

    DocxWalker walker(styles, document, rendered_breaks);
    walker.blocks(body.child("w:document").child("w:body"), std::nullopt);
    int pages = walker.page();

    for (const auto& name : parts_matching(zip, std::regex(R"(word/footer\d*\.xml)"))) walk_part(name);

    for (int n = 1; n <= pages; ++n) document.pages.push_back(Page{n, TextSource::text_layer, false, "word file", -1});
    for (auto& p : document.paragraphs) p.page = std::min(p.page, pages);
    return document;
}

}  // namespace vbtrack
