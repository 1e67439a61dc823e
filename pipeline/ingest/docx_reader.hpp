#pragma once

#include "pipeline/ingest/reader.hpp"

namespace vbtrack {

// Word 2007+ (.docx): body paragraphs and tables in reading order (the
// two-column header and signature tables come out left cell, then right
// cell, row by row), text boxes, headers and footers; each run keeps its
// font name, bold and italic for the later stages.
class DocxReader final : public Reader {
public:
    Document read(const std::filesystem::path& path, const SourceInfo& source) const override;
};

}  // namespace vbtrack
