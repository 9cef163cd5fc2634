package org.contactexport.segment.source;

import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.databind.JsonNode;

/** A source with the criteria it selects now. */
record ResolvedSource(
        String type,
        @Schema(description = "The segment or search id, or <campaign>/<result>, or"
                + " <campaign>/bounced/<category>")
        String reference,
        @Schema(description = "The name an export history shows") String name,
        @Schema(description = "The canonical criteria document, as of now") JsonNode criteria) {
}
