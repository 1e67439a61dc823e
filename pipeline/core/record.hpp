// The record: one per source file, the contract of DESIGN.md §2 and
// schemas/record.schema.json. Extractors fill it; stores and exporters read it.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "pipeline/core/document.hpp"

namespace vbtrack {

enum class Status { ok, partial, failed, duplicate };
std::string to_string(Status);
Status status_from_string(const std::string&);

// Why a field has the value it has: where in `text` it was found and by which rule.
struct Evidence {
    int page = 1;
    std::size_t span_begin = 0, span_end = 0;  // byte offsets into Record::text
    std::string source;                        // text-layer | ocr | repaired
    double confidence = 1.0;                   // 0..1
    std::string rule;
};

struct Signer {
    std::string name, position, authority;
};

struct Reference {
    std::string doc_type, number_symbol;
    std::optional<std::string> date;  // ISO 8601
    std::string issuer;
};

struct DeadlineOffset {
    int days = 0;
    bool working_days = false;
    std::string after;  // the trigger event, as written
    bool before = false;  // counted back from the event ("05 ngày trước ngày tổ chức"); JSON adds "before": event
    int months = 0;       // a term in months ("trong 06 tháng kể từ …"); days is then 0
};

enum class DeadlineKind { absolute, recurring, relative };
std::string to_string(DeadlineKind);

struct Deadline {
    std::string text;  // the exact span
    DeadlineKind kind = DeadlineKind::absolute;
    std::optional<std::string> date;       // YYYY-MM-DD (absolute)
    std::optional<std::string> month_day;  // MM-DD (recurring yearly)
    std::optional<DeadlineOffset> offset;  // relative
    std::optional<std::string> due;        // computed ISO date, when the anchor is known
    bool inferred_year = false;            // date written without a year
    std::string task;
    std::vector<std::string> responsible;
};

struct ResponsibleBody {
    std::string name, role;  // role: chủ trì | phối hợp | thực hiện | theo dõi
};

struct Record {
    std::string id;  // = source.sha256
    SourceInfo source;
    int pages = 0;
    TextSource text_source = TextSource::text_layer;
    Status status = Status::ok;
    std::vector<std::string> errors;       // for failed records: what went wrong and what to do
    std::optional<std::string> duplicate_of;

    std::string regime;  // state | party | "" if unknown
    std::string doc_type, doc_type_name, number_symbol;
    std::string issuer;
    std::vector<std::string> issuer_lines;
    std::string place;
    std::optional<std::string> issued_date;
    std::string title;
    std::optional<Signer> signer;
    std::vector<Reference> references;
    std::vector<Deadline> deadlines;
    std::vector<ResponsibleBody> responsible_bodies;
    std::vector<std::string> recipients;
    std::string text;
    std::map<std::string, Evidence> evidence;
    TextQuality quality;
    std::string pipeline_version, config_hash;
};

void to_json(nlohmann::json&, const Record&);
void from_json(const nlohmann::json&, Record&);

// A record for a file the pipeline could not read: status failed, the reason
// in `errors`, so that no document is ever lost from the store.
Record failed_record(const SourceInfo& source, const std::string& error);

}  // namespace vbtrack
