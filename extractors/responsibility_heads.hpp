// Where a body's name starts and what it holds: heads of bodies in a sentence's
// words (head_length() in responsibility_words.hpp), and the words after a head
// that belong to the name though they would pass for verbs.
#pragma once

#include <vector>

#include "extractors/responsibility_words.hpp"

namespace vbtrack::roles {

// "Ủy ban kiểm tra ...", "Đoàn giám sát", "Tổ công tác": the word after a head that
// names a kind of body is part of the name even when it is also a verb.
void keep_specifiers(std::vector<Word>& w);

// "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện": the field a spaced
// hyphen joins to a name runs to the level that closes it.
void keep_hyphenated_fields(std::vector<Word>& w);

// "các cơ quan tham mưu, giúp việc Huyện ủy": the advisory and support organs after a head.
void keep_advisory_organs(std::vector<Word>& w);

// "Phòng Cảnh sát quản lý hành chính về trật tự xã hội", "Đội Cảnh sát điều tra tội
// phạm về ma túy": a police field names what it deals with after "về".
void keep_police_fields(std::vector<Word>& w);

}  // namespace vbtrack::roles
