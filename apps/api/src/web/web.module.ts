import { Controller, DynamicModule, Get, Inject, Injectable, Module, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { DirectoryModule } from '@wsp/directory';
import { APP_CONFIG, AppConfig, Public } from '@wsp/platform';
import type { FastifyInstance } from 'fastify';
import { DevSignInController } from './dev-sign-in.controller';
import { serveWebApp } from './web-app';

/** An identity provider as the web app's sign-in offers it. */
export interface WebIdentityProvider {
  name: string;
  issuer: string;
  clientId: string;
  scopes: string;
}

/** What the web app needs before anyone signs in: how to sign in. Public, and nothing secret in it. */
export interface WebConfig {
  /** In production one sign-in button per identity provider the web app has a client at. */
  auth: { mode: 'development' } | { mode: 'oidc'; providers: WebIdentityProvider[] };
  /** Mail goes to the built-in sink (outside production without SMTP_URL): the web app links its mailbox page. */
  devMailbox: boolean;
}

@Controller()
class WebConfigController {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Public()
  @Get('config.json')
  webConfig(): WebConfig {
    const { auth, production, mail } = this.config;
    return {
      devMailbox: !production && !mail.smtpUrl,
      auth:
        auth.mode === 'dev-issuer'
          ? { mode: 'development' }
          : {
              mode: 'oidc',
              providers: auth.providers.flatMap(({ name, issuer, webClientId, scopes }) =>
                webClientId ? [{ name, issuer, clientId: webClientId, scopes }] : [],
              ),
            },
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
      identityProviderOrigins:
        auth.mode === 'oidc'
          ? [...new Set(auth.providers.filter((p) => p.webClientId).map((p) => new URL(p.issuer).origin))]
          : [],
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
