#pragma once

namespace vbtrack {
// Bumped whenever a change alters the records the pipeline writes, so that a
// re-run re-processes files stored by an older pipeline.
inline constexpr const char* kPipelineVersion = "0.1.0";
}  // namespace vbtrack
