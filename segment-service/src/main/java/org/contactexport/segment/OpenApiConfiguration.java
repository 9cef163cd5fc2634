package org.contactexport.segment;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI segmentServiceOpenApi() {
        SecurityScheme bearer = new SecurityScheme()
                .type(SecurityScheme.Type.HTTP)
                .scheme("bearer")
                .bearerFormat("JWT")
                .description("HS256 token: sub = user id, account = account id");
        return new OpenAPI()
                .info(new Info().title("segment-service").version("v1").description(
                        "Default and custom segments, saved searches with their history and"
                                + " runs, and searches made from campaign-report figures."
                                + " Criteria follow docs/criteria.md. /api/v1 needs a bearer"
                                + " token; /internal/v1 is for the platform's services only."))
                .components(new Components().addSecuritySchemes("bearer", bearer))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
