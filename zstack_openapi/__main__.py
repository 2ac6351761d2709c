from zstack_openapi.cli import main

raise SystemExit(main())
