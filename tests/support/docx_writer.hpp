// Writes small .docx files for tests: the parts a Word package needs
// ([Content_Types].xml, the package relationship, word/document.xml) and
// optionally word/styles.xml, zipped with libzip. Link PkgConfig::LIBZIP.
#pragma once

#include <zip.h>

#include <filesystem>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace vbtrack::test {

inline std::string xml_escaped(std::string_view text) {
    std::string out;
    for (char c : text) {
        if (c == '&') out += "&amp;";
        else if (c == '<') out += "&lt;";
        else if (c == '>') out += "&gt;";
        else out += c;
    }
    return out;
}

// One paragraph of one run, its run properties (<w:rPr> content) optional.
inline std::string docx_paragraph(std::string_view text, std::string_view run_properties = "") {
    std::string xml = "<w:p><w:r>";
    if (!run_properties.empty()) xml += "<w:rPr>" + std::string(run_properties) + "</w:rPr>";
    return xml + R"(<w:t xml:space="preserve">)" + xml_escaped(text) + "</w:t></w:r></w:p>";
}

// `body_xml` is the content of <w:body>, `styles_xml` of <w:styles> (no styles part when empty).
inline void write_docx(const std::filesystem::path& path, const std::string& body_xml,
                       const std::string& styles_xml = "") {
    const std::string ns = R"(xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main")";
    const std::string header = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)";
    std::vector<std::pair<std::string, std::string>> parts = {
        {"[Content_Types].xml",
         header +
             R"(<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
             R"(<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>)"
             R"(<Default Extension="xml" ContentType="application/xml"/>)"
             R"(<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>)"},
        {"_rels/.rels",
         header +
             R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
             R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>)"},
        {"word/document.xml", header + "<w:document " + ns + "><w:body>" + body_xml + "</w:body></w:document>"},
    };
    if (!styles_xml.empty()) parts.emplace_back("word/styles.xml", header + "<w:styles " + ns + ">" + styles_xml + "</w:styles>");

    int error = 0;
    std::unique_ptr<zip_t, decltype(&zip_discard)> archive(zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error),
                                                           zip_discard);
    if (!archive) throw std::runtime_error("cannot create " + path.string());
    for (const auto& [name, content] : parts) {
        // libzip reads the buffers when the archive is closed: `parts` outlives zip_close.
        zip_source_t* source = zip_source_buffer(archive.get(), content.data(), content.size(), 0);
        if (!source || zip_file_add(archive.get(), name.c_str(), source, ZIP_FL_ENC_UTF_8) < 0) {
            if (source) zip_source_free(source);
            throw std::runtime_error("cannot add " + name + " to " + path.string() + ": " + zip_strerror(archive.get()));
        }
    }
    if (zip_close(archive.get()) != 0) throw std::runtime_error("cannot write " + path.string());
    archive.release();  // zip_close freed it
}

}  // namespace vbtrack::test
