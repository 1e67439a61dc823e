// Hand-written records with known deadlines, so the exporter tests depend on
// no extractor. The documents are invented; their shapes follow DESIGN.md §5.
#pragma once

#include "pipeline/core/record.hpp"

namespace vbtrack::test {

// A state plan (05/KH-UBND, 02/03/2025) with an absolute, a relative and a
// monthly deadline.
inline Record state_plan() {
    Record r;
    r.id = std::string(64, 'a');
    r.source = {"/archive/2025/kh05.docx", r.id, 12345, Format::docx};
    r.pages = 3;
    r.regime = "state";
    r.doc_type = "KH";
    r.doc_type_name = "Kế hoạch";
    r.number_symbol = "05/KH-UBND";
    r.issuer = "Ủy ban nhân dân xã Tân Lập";
    r.issuer_lines = {"UBND HUYỆN BẮC SƠN", "ỦY BAN NHÂN DÂN XÃ TÂN LẬP"};
    r.place = "Tân Lập";
    r.issued_date = "2025-03-02";
    r.title = "Tổ chức rà soát hộ nghèo năm 2025";
    r.signer = Signer{"Nguyễn Văn Bình", "Phó Chủ tịch", "KT."};
    r.recipients = {"Thường trực Đảng ủy xã", "Các thôn, bản"};

    Deadline report;
    report.text = "trước ngày 15/4/2025";
    report.kind = DeadlineKind::absolute;
    report.date = "2025-04-15";
    report.task = "Báo cáo kết quả rà soát về Ủy ban nhân dân xã";
    report.responsible = {"Công chức Văn hóa - Xã hội"};

    Deadline after_meeting;
    after_meeting.text = "chậm nhất 05 ngày làm việc sau Hội nghị";
    after_meeting.kind = DeadlineKind::relative;
    after_meeting.offset = DeadlineOffset{5, true, "Hội nghị"};
    after_meeting.task = "Gửi biên bản Hội nghị";
    after_meeting.responsible = {"Văn phòng HĐND và UBND xã"};

    Deadline monthly;
    monthly.text = "trước ngày 20 hằng tháng";
    monthly.kind = DeadlineKind::recurring;
    monthly.month_day = "*-20";
    monthly.task = "Cập nhật danh sách hộ nghèo";
    monthly.responsible = {"Trưởng các thôn, bản"};

    r.deadlines = {report, after_meeting, monthly};
    r.responsible_bodies = {{"Công chức Văn hóa - Xã hội", "chủ trì"}, {"Trưởng các thôn, bản", "phối hợp"}};
    r.text = "ỦY BAN NHÂN DÂN XÃ TÂN LẬP\nSố: 05/KH-UBND\n…";
    r.evidence["number_symbol"] = Evidence{1, 37, 47, "text-layer", 1.0, "number_line"};
    r.evidence["issuer"] = Evidence{1, 0, 32, "ocr", 0.87, "issuer.header"};
    r.pipeline_version = "0.1.0";
    return r;
}

// A party conclusion (12-KL/ĐU, 10/01/2025) whose task has a comma and quotes.
inline Record party_conclusion() {
    Record r;
    r.id = std::string(64, 'b');
    r.source = {"/archive/2025/kl12.pdf", r.id, 999, Format::pdf};
    r.pages = 2;
    r.regime = "party";
    r.doc_type = "KL";
    r.doc_type_name = "Kết luận";
    r.number_symbol = "12-KL/ĐU";
    r.issuer = "Đảng ủy xã Tân Lập";
    r.issuer_lines = {"ĐẢNG BỘ HUYỆN BẮC SƠN", "ĐẢNG ỦY XÃ TÂN LẬP"};
    r.place = "Tân Lập";
    r.issued_date = "2025-01-10";
    r.title = "Kết luận của Ban Thường vụ Đảng ủy về công tác dân vận";
    r.signer = Signer{"Trần Thị Hoa", "Bí thư", "T/M"};

    Deadline summary;
    summary.text = "trước ngày 28/02/2025";
    summary.kind = DeadlineKind::absolute;
    summary.date = "2025-02-28";
    summary.task = "Tổng hợp, báo cáo \"kết quả\" thực hiện Kết luận";
    summary.responsible = {"Văn phòng Đảng ủy", "Ban Dân vận"};
    r.deadlines = {summary};
    r.pipeline_version = "0.1.0";
    return r;
}

}  // namespace vbtrack::test
