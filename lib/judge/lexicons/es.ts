import type { Lexicon } from './types';

/** Spanish as written at work in Spain and Latin America (chat and email). */
export const es: Lexicon = {
  language: 'es',
  ack: {
    acknowledgement: [
      'entendido', 'entendida', 'entiendo', 'vale', 'va', 'ok', 'okey', 'oki', 'okis', 'de acuerdo', 'bueno', 'bien', 'listo', 'recibido', 'anotado',
      'tomo nota', 'ya veo', 'comprendido', 'claro', 'sale', 'órale', 'dale', 'va que va', 'ya', 'no pasa nada', 'no hay problema',
      'sin problema', 'de nada', 'no hay de qué', 'con gusto', 'a la orden', 'para eso estamos', 'tranqui', 'todo bien', 'enterado', 'enterada',
      'copiado', 'vale vale', 'queda claro', 'me queda claro', 'oído',
    ],
    thanks: [
      'gracias', 'muchas gracias', 'muchísimas gracias', 'mil gracias', 'gracias mil', 'gracias por todo', 'te lo agradezco', 'se lo agradezco', 'se agradece',
      'agradecido', 'agradecida', 'muy amable', 'gracias por la ayuda', 'gracias por tu ayuda', 'gracias por avisar', 'gracias por el aviso', 'gracias por compartir',
      'gracias por la info', 'gracias por la información', 'gracias por revisarlo', 'gracias por la actualización', 'gracias de nuevo', 'gracias otra vez', 'grax',
      'muchas gracias por todo', 'un millón de gracias', 'mil gracias por todo', 'gracias a ti', 'gracias a vos', 'gracias a todos', 'gracias equipo', 'qué amable',
    ],
    agreement: [
      'sí', 'si', 'sip', 'claro que sí', 'por supuesto', 'exacto', 'exactamente', 'totalmente', 'totalmente de acuerdo', 'estoy de acuerdo', 'de acuerdo contigo',
      'me parece bien', 'me parece perfecto', 'me parece genial', 'suena bien', 'me cuadra', 'me vale', 'buena idea', 'buen punto', 'tal cual', 'así es', 'obvio',
      'yo también', 'igual', 'sin duda', 'cierto', 'muy cierto', 'me sirve', 'me va bien', 'hecho', 'trato hecho', 'venga', 'sí claro', 'sí sí', '+1',
    ],
    approval: ['aprobado', 'apruebo', 'adelante', 'dale adelante', 'luz verde', 'tiene buena pinta', 'se ve bien', 'todo ok', 'todo correcto', 'ok para mergear', 'lgtm', 'visto bueno', 'tienes mi visto bueno', 'adelante con ello', 'a por ello'],
    confirmation: ['hecho', 'listo', 'ya está', 'ya quedó', 'ya lo hice', 'terminado', 'completado', 'enviado', 'confirmado', 'confirmo', 'resuelto', 'arreglado', 'solucionado', 'subido', 'desplegado', 'mergeado', 'reservado', 'agendado', 'actualizado', 'ahí va', 'allí estaré', 'nos vemos', 'nos vemos ahí', 'recibido y confirmado'],
    'on-it': ['me pongo', 'me pongo con ello', 'me encargo', 'yo me encargo', 'lo reviso', 'lo miro', 'lo veo', 'lo checo', 'ahora lo miro', 'ahora lo veo', 'voy', 'ya voy', 'en ello', 'estoy en ello', 'manos a la obra', 'lo hago', 'ahorita lo veo', 'déjamelo a mí', 'un momento', 'un segundo', 'dame un minuto', 'ya me pongo', 'reviso y te digo', 'lo reviso y te cuento'],
    congratulations: ['felicidades', 'felicitaciones', 'enhorabuena', 'muchas felicidades', 'feliz cumpleaños', 'feliz cumple', 'feliz año', 'feliz año nuevo', 'felices fiestas', 'feliz navidad', 'bienvenido', 'bienvenida', 'bienvenidos', 'bienvenido al equipo', 'bienvenida al equipo', 'qué bien', 'qué alegría', 'bien merecido', 'muy merecido', 'olé'],
    praise: ['genial', 'excelente', 'perfecto', 'buen trabajo', 'gran trabajo', 'buenísimo', 'bravo', 'increíble', 'espectacular', 'maravilloso', 'estupendo', 'fantástico', 'impresionante', 'crack', 'eres un crack', 'eres una crack', 'qué crack', 'máquina', 'fenómeno', 'muy bien', 'muy bueno', 'bien hecho', 'chévere', 'bacán', 'padrísimo', 'qué padre', 'brutal', 'top', 'de lujo', 'qué buena', 'buenísima', 'excelente trabajo', 'muy buen trabajo', 'te luciste', 'un lujo', 'guay', 'qué guay', 'mola'],
    laughter: ['jaja', 'jajaja', 'jeje', 'jejeje', 'jsjs', 'jajajaja', 'qué risa', 'me muero', 'xd', 'lol'],
  },
  ackFillers: [
    'a todos', 'buenas', 'buenas tardes', 'buenos días', 'chicos', 'compa', 'de verdad', 'equipo', 'gente', 'hola', 'hola a todos', 'jefe',
    'muy', 'pues', 'saludos', 'todos', 'tío', 'un abrazo', 'un saludo', 'vale', 'y',
  ],
  ackBlockers: [
    'genial otra', 'qué bien otra', 'sí claro seguro', 'ya claro',
  ],
  notNames: [
    'abril', 'agosto', 'diciembre', 'domingo', 'enero', 'febrero', 'hoy', 'jueves', 'julio', 'junio', 'lunes', 'martes', 'marzo', 'mayo',
    'mañana', 'miércoles', 'noviembre', 'octubre', 'septiembre', 'sábado', 'viernes',
  ],
  honorifics: [],
  sensitive: [
    // performance
    { term: '{evaluación de desempeño|evaluacion de desempeño|revisión de desempeño|plan de mejora|plan de mejora del desempeño|bajo rendimiento|bajo desempeño|no cumple expectativas|no cumple con las expectativas|por debajo de lo esperado}', topic: 'performance', when: 'no-tech' },
    { term: '{su desempeño|su rendimiento|desempeño de}', topic: 'performance', when: 'no-tech' },
    { term: '{desempeño|rendimiento}', topic: 'performance', when: 'subject' },
    { term: '{malo|mala|pésimo|bajo|flojo|insuficiente|preocupante|deficiente}', topic: 'performance', when: 'verdict' },
    // termination
    { term: '{despido|despidos|despedir|despedirlo|despedirla|despedirle|lo despidieron|la despidieron|lo van a despedir|la van a despedir|despedido|despedida del empleado|despidos masivos|recorte de personal|recortes de personal|reducción de plantilla|ajuste de plantilla|ere|finiquito|indemnización|desvinculación|desvincular|prescindir de sus servicios|carta de despido}', topic: 'termination' },
    { term: '{renuncia|renunció|dimisión|dimitir}', topic: 'termination', when: 'person' },
    // hiring
    { term: '{candidato|candidata|candidatos|postulante|aspirante|entrevista|entrevistas}', topic: 'hiring', when: 'subject' },
    { term: '{rechazar|rechazado|rechazada|descartado|descartada|descartar|no encaja|no es buen fit|oferta|contratar|feedback|valoración|banderas rojas|débil|fuerte}', topic: 'hiring', when: 'verdict' },
    { term: '{carta oferta|oferta de trabajo|oferta laboral|decisión de contratación|feedback de la entrevista|pretensiones salariales|expectativas salariales|referencias laborales}', topic: 'hiring' },
    // compensation
    { term: '{salario|salarios|sueldo|sueldos|aumento de sueldo|aumento salarial|subida de sueldo|subida salarial|bajada de sueldo|bono|bonos|bonificación|comisiones|stock options|acciones de la empresa|nómina|nóminas|banda salarial|retribución|compensación salarial}', topic: 'compensation', when: 'no-tech' },
    { term: '{su sueldo|su salario|mi sueldo|mi salario|un aumento}', topic: 'compensation' },
    // reorg
    { term: '{reorganización|reestructuración|reestructurar|fusión|fusiones|adquisición|adquisiciones|absorción|compra de la empresa|nos compran|nos han comprado|cierre de la oficina|cerrar la oficina|cierre del producto|cambio de rumbo|nuevo organigrama|fusionar equipos|fusión de equipos}', topic: 'reorg', when: 'no-tech' },
    // health
    { term: '{baja médica|baja por enfermedad|incapacidad|licencia médica|licencia por enfermedad|baja por maternidad|baja por paternidad|licencia de maternidad|licencia de paternidad|enfermo|enferma|enfermedad|diagnóstico|diagnosticaron|hospital|hospitalizado|hospitalizada|cirugía|cáncer|quimio|depresión|ansiedad|salud mental|burnout|embarazada|embarazo|falleció|fallecimiento|murió|funeral|velorio|entierro|emergencia familiar|pésame|mis condolencias|duelo|terapia|psicólogo|psicóloga}', topic: 'health', when: 'no-tech' },
    // legal
    { term: '{acoso|acoso laboral|acoso sexual|discriminación|discriminado|discriminada|denuncia|queja formal|investigación interna|expediente disciplinario|sanción|amonestación|medida disciplinaria|demanda laboral|poner una demanda|una demanda contra|demandar|abogado|abogada|represalias|mobbing|conducta inapropiada|comentarios inapropiados}', topic: 'legal', when: 'no-tech' },
    // conflict
    { term: '{es tu culpa|fue tu culpa|por tu culpa|tu culpa|lo rompiste|la rompiste|lo has roto|la has roto|rompiste|la cagaste|la has cagado|siempre haces lo mismo|siempre lo mismo contigo|nunca escuchas|nunca haces caso|cuántas veces te lo tengo que decir|te lo dije|ya te lo dije|no me escuchas|me tienes harto|me tienes harta|estoy harto de ti|estoy harta de ti|echarme la culpa|me echas la culpa|no es mi problema|no es mi trabajo|por qué siempre|me dejaste en evidencia}', topic: 'conflict' },
    { term: '{incompetente|inútil|vago|vaga|descuidado|descuidada|ridículo|inaceptable|poco profesional|irresponsable}', topic: 'conflict', when: 'person' },
  ],
  neutral: [
    'adquisición de clientes', 'adquisición de datos', 'bono de descuento', 'candidato de release', 'fusionar la rama', 'fusionar ramas',
    'health check', 'matar el proceso', 'mergear la rama', 'release candidate', 'rendimiento de la consulta', 'reorganizar carpetas',
    'reorganizar las carpetas', 'revisión de código', 'terminar la instancia',
  ],
  personCues: [
    'alguien', 'becaria', 'becario', 'candidata', 'candidato', 'colaborador', 'colaboradora', 'colega', 'compañera', 'compañero', 'ella',
    'ellas', 'ellos', 'empleada', 'empleado', 'empleados', 'equipo', 'jefa', 'jefe', 'persona', 'trabajador', 'trabajadora',
  ],
  techCues: [
    'api', 'base de datos', 'bug', 'caché', 'carpeta', 'carpetas', 'ci', 'clúster', 'columna', 'consulta', 'contenedor', 'código',
    'despliegue', 'endpoint', 'error', 'esquema', 'instancia', 'pipeline', 'pr', 'proceso', 'prueba', 'pruebas', 'rama', 'repo', 'script',
    'servidor', 'servidores', 'sistema', 'tabla', 'test', 'tests',
  ],
  reply: [
    { term: '{puedes|podrías|podrias|podés|puede usted|me puedes|me podrías|nos puedes|nos podrías|te importaría|le importaría|serías tan amable}', kind: 'request' },
    { term: '{por favor|porfa|porfis|xfa|pls|necesito que|necesitamos que|avísame|avisame|me avisas|me dices|dime|mándame|mandame|envíame|enviame|pásame|pasame|échale un ojo|échale un vistazo|revisa|revísalo|confírmame|por favor confirma|me confirmas|cuando puedas|quedo atento a|quedo atenta a|quedo a la espera|espero tu respuesta|alguna novedad|alguna actualización}', kind: 'request' },
    { term: '{qué opinas|qué te parece|qué piensas|cómo lo ves|tu opinión|alguna idea|alguna duda|alguna objeción}', kind: 'question' },
    { term: '{¿deberíamos|¿hacemos|¿lo hacemos|¿vamos con|cuál prefieres|cuál elegimos|qué opción|tú decides|tu decides|necesitamos decidir}', kind: 'decision' },
    { term: '{o}', kind: 'or' },
    { term: '{apruébalo|puedes aprobar|podrías aprobar|necesito tu aprobación|tu aprobación|su aprobación|me das el ok|me das el visto bueno|puedo mergear|puedo subirlo|puedo hacer merge|está bien si|te parece bien si|visto bueno}', kind: 'approval' },
    { term: '{tienes un momento|tienes un minuto|tienes 5 minutos|tienes cinco minutos|estás libre|estas libre|estás disponible|estas disponible|tienes tiempo|cuándo puedes|cuando puedes hablar|podemos hablar|podemos vernos|hacemos una llamada|una llamada rápida|te va bien|te viene bien|hablamos un momento|nos conectamos}', kind: 'availability' },
    { term: '{por favor encuentra adjunto|adjunto encontrarás|te adjunto|les adjunto|para tu información|para su información|por favor ten en cuenta|tener en cuenta|cualquier duda me dices|cualquier duda me avisas|cualquier cosa me dices|cualquier cosa me avisas|si tienes alguna duda|no dudes en}', kind: 'fyi' },
    { term: '{quién lo iba a decir|quién iba a pensar|qué podría salir mal|a que no sabes|no es genial|verdad que sí|cómo no}', kind: 'rhetorical' },
    { term: '{no hace falta responder|no hace falta contestar|no es necesario responder|no requiere respuesta|no hace falta que respondas|sin necesidad de respuesta}', kind: 'no-reply' },
  ],
  urgency: [
    { term: '{urgente|urgentemente|urge|cuanto antes|lo antes posible|lo más pronto posible|de inmediato|inmediatamente|ya mismo|asap|es prioritario|máxima prioridad|cuanto antes mejor}', strength: 'strong' },
    { term: '{hoy|hoy mismo|para hoy|antes de que acabe el día|antes del final del día|al final del día|fin del día|esta tarde|esta mañana|esta noche|antes del mediodía|en la próxima hora|ahora}', strength: 'weak' },
    { term: '{sin prisa|no es urgente|no corre prisa|cuando puedas|con calma|tranquilo no hay prisa|no hay prisa|sin apuro|cuando tengas tiempo}', strength: 'not' },
  ],
  stopwords: [
    'ahora', 'aquí', 'bueno', 'con', 'del', 'el', 'entonces', 'eso', 'esto', 'estoy', 'gracias', 'hay', 'hola', 'las', 'los', 'mañana',
    'muy', 'nosotros', 'pero', 'por', 'puedes', 'también', 'tienes', 'una', 'usted', 'y', 'ya',
  ],
  callSuggestion: 'Creo que esto será más fácil de hablar en persona. ¿Tienes 15 minutos para una llamada rápida?',
  linkLabel: 'Enlace:',
};
