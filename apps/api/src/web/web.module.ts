import { Controller, DynamicModule, Get, Inject, Injectable, Module, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { DirectoryModule } from '@wsp/directory';
import { APP_CONFIG, AppConfig, Public } from '@wsp/platform';
import type { FastifyInstance } from 'fastify';
import { DevSignInController } from './dev-sign-in.controller';
import { serveWebApp } from './web-app';

/** What the web app needs before anyone signs in: how to sign in. Public, and nothing secret in it. */
export interface WebConfig {
  auth: { mode: 'development' } | { mode: 'oidc'; issuer: string; clientId: string | null; scopes: string };
  /** Mail goes to the built-in sink (outside production without SMTP_URL): the web app links its mailbox page. */
  devMailbox: boolean;
}

@Controller()
class WebConfigController {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Public()
  @Get('config.json')
  webConfig(): WebConfig {
    const { auth, web, production, mail } = this.config;
    return {
      devMailbox: !production && !mail.smtpUrl,
      auth:
        auth.mode === 'dev-issuer'
          ? { mode: 'development' }
          : { mode: 'oidc', issuer: auth.issuer, clientId: web.oidcClientId ?? null, scopes: web.oidcScopes },
    };
  }
}

@Injectable()
class WebAppServer implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    const { auth } = this.config;
    await serveWebApp(this.adapterHost.httpAdapter.getInstance<FastifyInstance>(), {
      identityProviderOrigin: auth.mode === 'oidc' ? new URL(auth.issuer).origin : undefined,
    });
  }
}

/** The web app at `/`, its public configuration, and in development the one-click demo sign-in. */
@Module({})
export class WebModule {
  static forRoot(config: AppConfig): DynamicModule {
    const development = config.auth.mode === 'dev-issuer';
    return {
      module: WebModule,
      imports: development ? [DirectoryModule] : [],
      controllers: [WebConfigController, ...(development ? [DevSignInController] : [])],
      providers: [WebAppServer],
    };
  }
}
