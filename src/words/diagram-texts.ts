import { assembleDiagram, type Diagram, type DiagramSpec, type DiagramWords } from '../domain/diagram';
import type { Knowledge } from '../domain/knowledge';
import type { Language } from '../domain/schemas';

/** The diagram's own words; option and category names come from the knowledge base. */
export const diagramTexts = {
  en: {
    intranet: 'Intranet and legacy hosts',
    network: 'Pod network',
    orchestrator: 'Orchestrator',
    discovery: 'Service discovery',
    hosts: 'Hosts',
    hostCount: '{n} hosts',
    operations: 'Security and automation',
    inHouse: 'in-house',
    notChosen: 'not chosen',
    paths: 'Paths',
    boundary: {
      routed: 'Routed: the network knows pod routes',
      nat: 'NAT: pods reach the intranet through their host address',
      l2: 'L2: pods sit on the intranet segment',
      unknown: 'Boundary not stated',
    },
    flows: {
      traffic: 'Traffic',
      image: 'Image path',
      log: 'Log path',
      metrics: 'Metrics path',
      storage: 'Storage',
      discovery: 'Discovery',
    },
    containers: 'Containers',
    services: 'Services',
    differs: 'differs',
    description:
      'Layers from the intranet down to the hosts, then the paths for images, logs, metrics, storage and discovery.',
  },
  zh: {
    intranet: '内网与传统主机',
    network: '容器网络',
    orchestrator: '编排',
    discovery: '服务发现',
    hosts: '主机',
    hostCount: '{n} 台主机',
    operations: '安全与自动化',
    inHouse: '自研',
    notChosen: '未选择',
    paths: '路径',
    boundary: {
      routed: '路由：网络知道容器路由',
      nat: 'NAT：容器经主机地址访问内网',
      l2: '二层：容器直接位于内网网段',
      unknown: '边界未说明',
    },
    flows: {
      traffic: '流量',
      image: '镜像路径',
      log: '日志路径',
      metrics: '监控路径',
      storage: '存储',
      discovery: '服务发现',
    },
    containers: '容器',
    services: '服务',
    differs: '不同',
    description: '从内网到主机的各层，以及镜像、日志、监控、存储和服务发现的路径。',
  },
  ru: {
    intranet: 'Интранет и унаследованные хосты',
    network: 'Сеть подов',
    orchestrator: 'Оркестратор',
    discovery: 'Обнаружение сервисов',
    hosts: 'Хосты',
    hostCount: 'хостов: {n}',
    operations: 'Безопасность и автоматизация',
    inHouse: 'собственная разработка',
    notChosen: 'не выбрано',
    paths: 'Пути',
    boundary: {
      routed: 'Маршрутизация: сеть знает маршруты подов',
      nat: 'NAT: поды выходят в интранет через адрес хоста',
      l2: 'L2: поды в сегменте интранета',
      unknown: 'Граница не указана',
    },
    flows: {
      traffic: 'Трафик',
      image: 'Путь образов',
      log: 'Путь логов',
      metrics: 'Путь метрик',
      storage: 'Хранилище',
      discovery: 'Обнаружение',
    },
    containers: 'Контейнеры',
    services: 'Сервисы',
    differs: 'отличается',
    description: 'Слои от интранета до хостов, затем пути образов, логов, метрик, хранения и обнаружения.',
  },
} satisfies Record<Language, DiagramWords & { paths: string; differs: string }>;

export type DiagramTexts = (typeof diagramTexts)['en'];

/** The diagram of a stack or a case study, in `language`: the domain's layers with these words. */
export const buildDiagram = (kb: Knowledge, spec: DiagramSpec, language: Language): Diagram =>
  assembleDiagram(kb, spec, language, diagramTexts[language]);
