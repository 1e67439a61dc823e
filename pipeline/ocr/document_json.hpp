// A Document as JSON, to carry it out of the contained child that read it.
// Internal to one vbtrack binary on both ends of a pipe: enums travel as their
// numbers. Every field of pipeline/core/document.hpp must be here; the
// round-trip test in tests/ocr checks each one.
#pragma once

#include <nlohmann/json.hpp>

#include "pipeline/core/document.hpp"

namespace vbtrack::ocr {

nlohmann::json source_to_json(const SourceInfo& source);
SourceInfo source_from_json(const nlohmann::json& json);  // throws nlohmann::json::exception on a malformed message
nlohmann::json document_to_json(const Document& document);
Document document_from_json(const nlohmann::json& json);  // throws nlohmann::json::exception on a malformed message

}  // namespace vbtrack::ocr
