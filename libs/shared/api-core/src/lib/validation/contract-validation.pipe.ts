import { type ArgumentMetadata, ValidationPipe, type ValidationError } from '@nestjs/common';
import { badUserInput } from '../errors/contract-error';
import { coreMessages } from '../i18n/core.messages';

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

/** The path of the first string holding U+0000 (PostgreSQL text cannot hold it), if any. */
export function findNulCharacter(value: unknown, path: string, depth = 0): string | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? path : undefined;
  if (depth > 10 || value === null || typeof value !== 'object' || ArrayBuffer.isView(value)) return undefined;
  for (const [key, inner] of Object.entries(value)) {
    const found = findNulCharacter(inner, path ? `${path}.${key}` : key, depth + 1);
    if (found) return found;
  }
  return undefined;
}

/**
 * class-validator at the edge of every resolver and controller: bad input is refused with the
 * contract's BAD_USER_INPUT and the name of the field, before anything runs. Text with a NUL
 * character is refused here too, whatever its type, so it never reaches PostgreSQL.
 */
class ContractValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // Custom decorators hand over the request, the session user …: not input, and a deep graph.
    if (metadata.type === 'custom') return super.transform(value, metadata);
    const field = findNulCharacter(value, metadata.data ?? '');
    if (field !== undefined) {
      throw badUserInput(coreMessages.nulCharacter, field || 'input', { field: field || 'input' });
    }
    return super.transform(value, metadata);
  }
}

export function contractValidationPipe(): ValidationPipe {
  return new ContractValidationPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: false,
    exceptionFactory: (errors) => {
      const problem = firstProblem(errors) ?? { field: 'input', detail: 'invalid' };
      return badUserInput(coreMessages.invalidInput, problem.field, problem);
    },
  });
}
