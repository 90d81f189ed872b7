package io.github.esspetiteenfance.json.testmodel;

import io.github.esspetiteenfance.ErrorCode;

/** Error codes of the test model. */
public enum TestErrorCode implements ErrorCode {
  /** A test code is malformed. */
  CODE_FORMAT("test.code.format"),
  /** A test code has a wrong check letter. */
  CODE_CHECKSUM("test.code.checksum"),
  /** An age range is reversed. */
  AGE_REVERSED("test.age.reversed");

  private final String code;

  TestErrorCode(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
