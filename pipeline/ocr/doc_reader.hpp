// Reader for legacy Word (.doc, Word 97–2003 and Word 6/95) through catdoc
// (Debian package `catdoc`). catdoc writes the text in the order of the file's
// text stream, in which a table cell's paragraphs come before the next cell's:
// the two-column header and signature block come out left cell, then right
// cell — the reading order the docx reader gives. antiword lays tables out as
// rows of "|"-separated cells, mixing the columns line by line; wv needs an
// HTML browser to make text. catdoc runs as a separate process with a time
// limit, so a file that makes it crash or hang fails alone.
#pragma once

#include "pipeline/ingest/reader.hpp"

namespace vbtrack::ocr {

class DocReader final : public Reader {
public:
    Document read(const std::filesystem::path& path, const SourceInfo& source) const override;
};

}  // namespace vbtrack::ocr
