import { Controller, Get, Res } from '@nestjs/common';
import type { Response } from 'express';
import { HealthService } from './health.service';

/**
 * GET /health for load balancers and operators: 200 when all is up, 503 naming the failing part;
 * with embedded servers also their restarts and last exit (see HealthReport).
 */
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get()
  async get(@Res() res: Response): Promise<void> {
    const status = await this.health.report();
    res.status(status.status === 'ok' ? 200 : 503).json(status);
  }
}
