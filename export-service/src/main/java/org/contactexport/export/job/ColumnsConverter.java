package org.contactexport.export.job;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.List;
import org.contactexport.export.csv.Column;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Stores the columns of a job (its catalogue snapshot) as a JSON document. */
@Converter
class ColumnsConverter implements AttributeConverter<List<Column>, String> {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<Column>> COLUMNS = new TypeReference<>() {
    };

    @Override
    public String convertToDatabaseColumn(List<Column> columns) {
        return JSON.writeValueAsString(columns);
    }

    @Override
    public List<Column> convertToEntityAttribute(String json) {
        return JSON.readValue(json, COLUMNS);
    }
}
