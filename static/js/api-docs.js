// The API's documentation page (/api/v1/docs/): Swagger UI with the settings the page carries.
const apiDocsSettings = JSON.parse(document.getElementById("swagger-settings").textContent);
apiDocsSettings.dom_id = "#swagger-ui";
apiDocsSettings.presets = [SwaggerUIBundle.presets.apis];
SwaggerUIBundle(apiDocsSettings);
