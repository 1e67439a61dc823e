#pragma once

#include "pipeline/ingest/reader.hpp"

namespace vbtrack {

// Plain text, one paragraph per line: UTF-8 or UTF-16 with a byte-order mark; without
// one, UTF-8 or a legacy Vietnamese encoding (TCVN3, VNI, VIQR, Windows-1258), detected.
class TextReader final : public Reader {
public:
    Document read(const std::filesystem::path& path, const SourceInfo& source) const override;
};

}  // namespace vbtrack
