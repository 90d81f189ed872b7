package io.github.esspetiteenfance.benchmarks;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.esspetiteenfance.establishment.Establishment;
import io.github.esspetiteenfance.json.DecodedValueValidator;
import io.github.esspetiteenfance.json.EssDocument;
import io.github.esspetiteenfance.json.EssJson;
import io.github.esspetiteenfance.json.EssJsonReader;
import io.github.esspetiteenfance.validation.ModelValidator;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Decoding a dataset of 10 000 establishments (about 10 MB of JSON) with the json module, against
 * plain Jackson binding of the same bytes into simple unvalidated records, and encoding it.
 *
 * <ul>
 *   <li>{@code decodeAndValidate}: {@code EssJson.reader(EssDocument.ESTABLISHMENTS)}, the default:
 *       strict parse, shape check, binding with every domain invariant and every constraint
 *       enforced by the constructors ({@code DecodedValueValidator.standard}: the model's records
 *       are valid by construction, so Hibernate Validator has nothing left to check on them);
 *   <li>{@code decodeAndRevalidate}: the same, then Hibernate Validator over every establishment
 *       again ({@code DecodedValueValidator.modelValidator}), the cost of a redundant second pass;
 *   <li>{@code decodeWithoutBeanValidation}: the same as the first with {@code
 *       DecodedValueValidator.none()};
 *   <li>{@code plainBinding}: {@code ObjectMapper.readValue} into {@link PlainEstablishment}s;
 *   <li>{@code encode}: {@code EssJson.writer()} of the 10 000 establishments.
 * </ul>
 *
 * <p>One operation handles the whole dataset: compare the throughputs directly.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(1)
public class EstablishmentsBenchmark {

  /** The number of establishments in the dataset. */
  public static final int SIZE = 10_000;

  private List<Establishment> dataset;
  private byte[] json;
  private EssJsonReader<List<Establishment>> reader;
  private EssJsonReader<List<Establishment>> readerWithoutBeanValidation;
  private EssJsonReader<List<Establishment>> revalidatingReader;
  private ObjectReader plain;
  private ObjectWriter writer;

  /** Builds the dataset and the readers. */
  @Setup
  public void setUp() throws IOException {
    dataset = Datasets.establishments(SIZE, 20_261_127L);
    writer = EssJson.writer();
    json = writer.writeValueAsBytes(dataset);
    reader = EssJson.reader(EssDocument.ESTABLISHMENTS);
    readerWithoutBeanValidation = reader.withValidator(DecodedValueValidator.none());
    revalidatingReader =
        reader.withValidator(DecodedValueValidator.modelValidator(ModelValidator.shared()));
    plain = new JsonMapper().readerFor(new TypeReference<List<PlainEstablishment>>() {});
    if (!reader.read(json).equals(dataset)) {
      throw new IllegalStateException("the dataset does not round-trip");
    }
    if (((List<?>) plain.readValue(json)).size() != SIZE) {
      throw new IllegalStateException("plain binding lost establishments");
    }
  }

  /** Decodes and validates the dataset with the json module's default reader. */
  @Benchmark
  public List<Establishment> decodeAndValidate() {
    return reader.read(json);
  }

  /** Decodes the dataset, then runs Hibernate Validator over every establishment again. */
  @Benchmark
  public List<Establishment> decodeAndRevalidate() {
    return revalidatingReader.read(json);
  }

  /** Decodes the dataset with the json module, without Bean Validation. */
  @Benchmark
  public List<Establishment> decodeWithoutBeanValidation() {
    return readerWithoutBeanValidation.read(json);
  }

  /** Binds the same bytes into plain unvalidated records. */
  @Benchmark
  public List<PlainEstablishment> plainBinding() throws IOException {
    return plain.readValue(json);
  }

  /** Encodes the dataset. */
  @Benchmark
  public byte[] encode() throws IOException {
    return writer.writeValueAsBytes(dataset);
  }

  /** Returns the size of the encoded dataset, for the report. */
  int jsonBytes() {
    return json.length;
  }
}
