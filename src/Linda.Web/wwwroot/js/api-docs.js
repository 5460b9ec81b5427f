// Starts Swagger UI on the OpenAPI document (kept out of the page so the CSP needs no inline script).
(function () {
  "use strict";
  var host = document.getElementById("swagger-ui");
  window.SwaggerUIBundle({
    url: host.getAttribute("data-openapi-url"),
    domNode: host,
    deepLinking: true,
    tryItOutEnabled: false
  });
})();
