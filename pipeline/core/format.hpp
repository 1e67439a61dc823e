#pragma once

#include <filesystem>

#include "pipeline/core/document.hpp"

namespace vbtrack {

// The format of a file from its first bytes (magic numbers), not its name:
// archives hold scans named .doc and Word files named .pdf. The name decides
// only between formats that share a container (a zip that is not a .docx).
Format detect_format(const std::filesystem::path& path);

}  // namespace vbtrack
