package org.yesan.store.sql;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.yesan.model.Hierarchy;
import org.yesan.model.Level;
import org.yesan.model.Measure;

/**
 * The classification model of a dataset as stored in the catalog: levels, hierarchies, measures.
 */
public record ModelJson(List<Level> levels, List<Hierarchy> hierarchies, List<Measure> measures) {

  private static final ObjectMapper JSON = new ObjectMapper();

  public ModelJson {
    levels = List.copyOf(levels);
    hierarchies = List.copyOf(hierarchies);
    measures = List.copyOf(measures);
  }

  public String write() {
    try {
      return JSON.writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new StoreException("cannot write dataset model", e);
    }
  }

  public static ModelJson read(String json) {
    try {
      return JSON.readValue(json, ModelJson.class);
    } catch (JsonProcessingException e) {
      throw new StoreException("the stored dataset model is unreadable: " + e.getMessage(), e);
    }
  }
}
