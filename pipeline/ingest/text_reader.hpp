#pragma once

#include "pipeline/ingest/reader.hpp"

namespace vbtrack {

// Plain text: UTF-8 (with or without BOM) and UTF-16 with BOM; one paragraph per line.
class TextReader final : public Reader {
public:
    Document read(const std::filesystem::path& path, const SourceInfo& source) const override;
};

}  // namespace vbtrack
