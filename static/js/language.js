// Remembers the language of the pages read, so that "/" opens in it next time (Django reads the
// cookie there). Written here, not by the server: a page that sets a cookie cannot be kept in a
// cache for every visitor. Without JavaScript, "/" follows the browser's languages.
(function () {
  "use strict";
  var name = "django_language"; // Django's LANGUAGE_COOKIE_NAME
  var language = document.documentElement.lang;
  if (!language || document.cookie.split("; ").indexOf(name + "=" + language) !== -1) return;
  var secure = location.protocol === "https:" ? "; Secure" : "";
  document.cookie = name + "=" + language + "; path=/; max-age=31536000; SameSite=Lax" + secure;
})();
