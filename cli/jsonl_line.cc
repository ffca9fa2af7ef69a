#include "jsonl_line.h"

#include <exception>
#include <nlohmann/json.hpp>
#include <utility>

namespace precis_cli {
namespace {

using json = nlohmann::json;

// `envelope` (an object, "{...}") with "id":id_json as its first member.
std::string WithId(const std::string& id_json, const std::string& envelope) {
  std::string out;
  out.reserve(envelope.size() + id_json.size() + 8);
  out.append("{\"id\":").append(id_json);
  if (envelope.size() > 2) out.push_back(',');
  out.append(envelope, 1, std::string::npos);
  return out;
}

std::string Failure(const std::string& id_json, precis::ErrorCode code, std::string message) {
  return WithId(id_json, precis::ErrorEnvelope(precis::Status(code, std::move(message))));
}

}  // namespace

bool IsBlankLine(std::string_view line) {
  return line.find_first_not_of(" \t\r") == std::string_view::npos;
}

std::string SummarizeJsonlLine(std::string_view line, const precis::Options& defaults, bool* ok) {
  *ok = false;
  try {
    if (IsBlankLine(line)) {
      *ok = true;
      return "";
    }
    if (line.size() > kMaxJsonlLineBytes) {
      return Failure(
          "null", precis::ErrorCode::kInputTooLarge,
          "the line is over the limit of " + std::to_string(kMaxJsonlLineBytes) + " bytes");
    }
    const json j = json::parse(line.begin(), line.end(), nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded() || !j.is_object()) {
      return Failure("null", precis::ErrorCode::kInvalidInput, "the line is not a JSON object");
    }
    const auto id = j.find("id");
    const std::string id_json =
        id == j.end() ? "null" : id->dump(-1, ' ', false, json::error_handler_t::replace);
    const auto text = j.find("text");
    if (text == j.end() || !text->is_string()) {
      return Failure(id_json, precis::ErrorCode::kInvalidInput,
                     "the line needs \"text\", a string");
    }
    precis::Options options = defaults;
    const auto given = j.find("options");
    if (given != j.end() && !given->is_null()) {
      if (!given->is_object()) {
        return Failure(id_json, precis::ErrorCode::kInvalidOptions,
                       "\"options\" must be a JSON object");
      }
      const precis::Status s = precis::ParseOptionsJson(given->dump(), &options);
      if (!s.ok()) return WithId(id_json, precis::ErrorEnvelope(s));
    }
    std::string envelope = precis::SummarizeJson(text->get_ref<const std::string&>(), options);
    *ok = envelope.rfind("{\"ok\":true", 0) == 0;
    return WithId(id_json, envelope);
  } catch (const std::exception& e) {
    // Only reachable on allocation failure.
    *ok = false;
    return Failure("null", precis::ErrorCode::kInternal, e.what());
  }
}

}  // namespace precis_cli
