import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { badUserInput } from '../errors/contract-error';

function firstProblem(errors: ValidationError[], path = ''): { field: string; detail: string } | undefined {
  for (const error of errors) {
    const field = path ? `${path}.${error.property}` : error.property;
    const detail = Object.values(error.constraints ?? {})[0];
    if (detail) return { field, detail };
    const nested = firstProblem(error.children ?? [], field);
    if (nested) return nested;
  }
  return undefined;
}

/**
 * class-validator at the edge of every resolver and controller: bad input is refused with the
 * contract's BAD_USER_INPUT and the name of the field, before anything runs.
 */
export function contractValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: false,
    exceptionFactory: (errors) => {
      const problem = firstProblem(errors) ?? { field: 'input', detail: 'invalid' };
      return badUserInput(
        `入力の内容を確かめてください（${problem.field}: ${problem.detail}） / Please check the input.`,
        problem.field,
      );
    },
  });
}
