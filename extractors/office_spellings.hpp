// The fixed words of names of bodies and offices spelled right, however OCR or
// stripped text wrote their marks.
#pragma once

#include <string>
#include <string_view>

namespace vbtrack {

// The fixed words of a name spelled right, its case kept: "TÍNH ỦY" -> "TỈNH ỦY",
// "Uy ban nhan dan tinh Son La" -> "Ủy ban nhân dân tỉnh Son La" (the place is
// an open class and stays as written).
std::string respell_office_words(std::string_view name);

}  // namespace vbtrack
