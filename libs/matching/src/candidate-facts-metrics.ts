import { Injectable, OnModuleInit } from '@nestjs/common';
import { AppMetrics } from '@wsp/platform';
import { Counter, Gauge } from 'prom-client';
import { CandidateFactsCache } from './candidate-facts-cache';

/** How big this process's copy of the candidates' match facts is, and how often it was read in full. */
@Injectable()
export class CandidateFactsMetrics implements OnModuleInit {
  constructor(
    private readonly metrics: AppMetrics,
    private readonly cache: CandidateFactsCache,
  ) {}

  onModuleInit(): void {
    const registers = [this.metrics.registry];
    const cache = this.cache;
    new Gauge({
      name: 'wsp_matching_candidate_facts',
      help: "Shared profiles in this process's copy of the match facts (0 until its first match)",
      registers,
      collect() {
        this.set(cache.current.size);
      },
    });
    new Counter({
      name: 'wsp_matching_candidate_facts_full_reads_total',
      help: 'Times this process read every profile into its copy (first match, 12 hours idle, removals it could not follow)',
      registers,
      collect() {
        this.reset();
        this.inc(cache.fullReads);
      },
    });
  }
}
