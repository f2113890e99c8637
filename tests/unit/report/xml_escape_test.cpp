#include <catch2/catch.hpp>

#include "chainrisk/report/xml.hpp"

using chainrisk::report::xml_attribute;
using chainrisk::report::xml_text;

TEST_CASE("xml: the five markup characters become entity references", "[report][xml]") {
  CHECK(xml_text("<script>alert('x') & \"y\"</script>") ==
        "&lt;script&gt;alert(&apos;x&apos;) &amp; &quot;y&quot;&lt;/script&gt;");
  CHECK(xml_attribute("a&b") == "a&amp;b");
  CHECK(xml_text("&amp;") == "&amp;amp;");  // already-escaped input is data, escaped again
}

TEST_CASE("xml: a CDATA end in the input cannot end anything", "[report][xml]") {
  CHECK(xml_text("x]]>y") == "x]]&gt;y");
  CHECK(xml_attribute("]]>") == "]]&gt;");
}

TEST_CASE("xml: tab and LF stay in text, become references in attributes", "[report][xml]") {
  CHECK(xml_text("a\tb\nc") == "a\tb\nc");
  CHECK(xml_attribute("a\tb\nc") == "a&#9;b&#10;c");
  // A raw CR would be read back as LF: a reference keeps it in both.
  CHECK(xml_text("a\r\nb") == "a&#13;\nb");
  CHECK(xml_attribute("a\r") == "a&#13;");
}

TEST_CASE("xml: characters XML 1.0 forbids become U+FFFD", "[report][xml]") {
  const std::string fffd = "\xEF\xBF\xBD";
  CHECK(xml_text(std::string("a\x00" "b", 3)) == "a" + fffd + "b");
  CHECK(xml_text("\x01\x08\x0B\x0C\x1B\x1F") == fffd + fffd + fffd + fffd + fffd + fffd);
  CHECK(xml_attribute("\x1b[31mred") == fffd + "[31mred");
  CHECK(xml_text("\xEF\xBF\xBE\xEF\xBF\xBF") == fffd + fffd);  // U+FFFE, U+FFFF: not characters
}

TEST_CASE("xml: invalid UTF-8 becomes U+FFFD, valid text passes unchanged", "[report][xml]") {
  const std::string fffd = "\xEF\xBF\xBD";
  CHECK(xml_text("ok \xff") == "ok " + fffd);
  CHECK(xml_text("\xED\xA0\x80") == fffd + fffd + fffd);  // an encoded surrogate, byte by byte
  CHECK(xml_text("\xC0\xAF") == fffd + fffd);              // overlong '/'
  CHECK(xml_text("NYM-J 3x2.5 mm², Côte d'Ivoire, 有限公司, \U0001F600") ==
        "NYM-J 3x2.5 mm², Côte d&apos;Ivoire, 有限公司, \U0001F600");
  CHECK(xml_text("\xC2\x85") == "\xC2\x85");  // C1 controls are XML 1.0 characters
}
