// precis._precis: the C++ core for Python. Every call takes the options as
// the engine's options JSON (precis/__init__.py builds it from keyword
// arguments), so the options are parsed by the core alone and the output is
// the CLI's byte for byte. The GIL is released while the engine runs.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <string>
#include <string_view>

#include "jsonl_line.h"
#include "precis/precis.h"

namespace py = pybind11;

namespace {

// The UTF-8 bytes of a str (its cached UTF-8 form) or of a bytes object,
// without copying: the object is immutable and the caller keeps it alive.
std::string_view Utf8View(const py::handle& text, const char* what) {
  if (PyUnicode_Check(text.ptr())) {
    Py_ssize_t size = 0;
    const char* data = PyUnicode_AsUTF8AndSize(text.ptr(), &size);
    if (data == nullptr) throw py::error_already_set();
    return std::string_view(data, static_cast<std::size_t>(size));
  }
  if (PyBytes_Check(text.ptr())) {
    char* data = nullptr;
    Py_ssize_t size = 0;
    if (PyBytes_AsStringAndSize(text.ptr(), &data, &size) != 0) throw py::error_already_set();
    return std::string_view(data, static_cast<std::size_t>(size));
  }
  throw py::type_error(std::string(what) + " must be str or bytes");
}

std::string SummarizeJson(const py::object& text, const std::string& options_json) {
  const std::string_view utf8 = Utf8View(text, "text");
  py::gil_scoped_release release;
  return precis::SummarizeJson(utf8, options_json);
}

// "" when the options JSON is valid, else the engine's error envelope.
std::string OptionsError(const std::string& options_json) {
  precis::Options options;
  const precis::Status s = precis::ParseOptionsJson(options_json, &options);
  return s.ok() ? "" : precis::ErrorEnvelope(s);
}

// (output line, ok): precis_cli::SummarizeJsonlLine with the defaults of
// `defaults_json` (checked first by OptionsError).
py::tuple SummarizeJsonlLine(const py::object& line, const std::string& defaults_json) {
  const std::string_view utf8 = Utf8View(line, "line");
  precis::Options defaults;
  const precis::Status s = precis::ParseOptionsJson(defaults_json, &defaults);
  if (!s.ok()) throw py::value_error(precis::ErrorEnvelope(s));
  bool ok = false;
  std::string out;
  {
    py::gil_scoped_release release;
    out = precis_cli::SummarizeJsonlLine(utf8, defaults, &ok);
  }
  return py::make_tuple(py::str(out), ok);
}

}  // namespace

PYBIND11_MODULE(_precis, m) {
  m.doc() = "The precis engine (use the precis package, not this module).";
  m.def("summarize_json", &SummarizeJson, py::arg("text"), py::arg("options_json") = "",
        "The JSON envelope for text (str or UTF-8 bytes) with the options JSON.");
  m.def("options_error", &OptionsError, py::arg("options_json"),
        "'' when the options JSON is valid, else the error envelope.");
  m.def("summarize_jsonl_line", &SummarizeJsonlLine, py::arg("line"), py::arg("defaults_json") = "",
        "(output line, ok) for one JSON Lines line, as precis --jsonl writes it.");
  m.def("contract_json", &precis::ContractJson, "The API contract as JSON.");
  m.def("supported_languages", &precis::SupportedLanguages, "ISO 639 codes for language=.");
  m.def("version", &precis::Version, "The engine's version.");
  m.attr("MAX_INPUT_BYTES") = precis::Limits::kMaxInputBytes;
  m.attr("MAX_JSONL_LINE_BYTES") = precis_cli::kMaxJsonlLineBytes;
}
