from agent.core import main

main()
